resource "aws_ecs_cluster" "ledger" {
  name = "ledger"
}

resource "aws_ecs_task_definition" "ledger" {
  family                   = "ledger"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = var.task_cpu
  memory                   = var.task_memory

  container_definitions = <<EOF
[
  {
    "name": "ledger",
    "image": "${var.container_image}",
    "essential": true,
    "portMappings": [
      { "containerPort": ${var.container_port}, "protocol": "tcp" }
    ]
  }
]
EOF
}

resource "aws_ecs_service" "ledger" {
  name            = "ledger"
  cluster         = aws_ecs_cluster.ledger.id
  task_definition = aws_ecs_task_definition.ledger.arn
  desired_count   = var.task_count
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["${aws_subnet.private_a.id}", "${aws_subnet.private_b.id}"]
    security_groups = ["${aws_security_group.ecs_tasks.id}"]
  }

  load_balancer {
    target_group_arn = aws_alb_target_group.ledger.arn
    container_name   = "ledger"
    container_port   = var.container_port
  }

  depends_on = ["aws_alb_listener.ledger_http"]
}
