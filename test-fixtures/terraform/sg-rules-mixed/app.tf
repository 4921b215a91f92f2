variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:ap-northeast-1:123456789012:certificate/7b1e4d2c-0a3f-4e8b-9c6d-2f5a1b7e3c90"
}

resource "aws_lb" "api" {
  name               = "billing"
  load_balancer_type = "application"
  subnets            = local.subnet_ids_by_tier["public"]
  security_groups    = [aws_security_group.alb.id]
}

resource "aws_lb_target_group" "api" {
  name        = "billing-api"
  port        = 9000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.this.id

  health_check {
    path = "/status"
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.api.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.api.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_ecs_cluster" "billing" {
  name = "billing"
}

resource "aws_ecs_task_definition" "api" {
  family                   = "billing-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }

  container_definitions = jsonencode([{
    name         = "api"
    image        = "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/billing-api:41"
    portMappings = [{ containerPort = 9000 }]
  }])
}

resource "aws_ecs_service" "api" {
  name            = "billing-api"
  cluster         = aws_ecs_cluster.billing.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = local.subnet_ids_by_tier["app"]
    security_groups = [aws_security_group.app.id]
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = 9000
  }
}

resource "aws_db_subnet_group" "billing" {
  name       = "billing"
  subnet_ids = local.subnet_ids_by_tier["db"]
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "billing"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.billing.name
  vpc_security_group_ids      = [aws_security_group.db.id]
  backup_retention_period     = 7
  skip_final_snapshot         = true
}
