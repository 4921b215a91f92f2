resource "aws_alb" "ledger" {
  name            = "ledger"
  subnets         = ["${aws_subnet.public_a.id}", "${aws_subnet.public_b.id}"]
  security_groups = ["${aws_security_group.lb.id}"]
}

resource "aws_alb_target_group" "ledger" {
  name        = "ledger"
  port        = var.container_port
  protocol    = "HTTP"
  vpc_id      = aws_vpc.main.id
  target_type = "ip"

  health_check {
    path                = var.healthcheck_url
    matcher             = "200"
    interval            = "20"
    timeout             = "5"
    healthy_threshold   = "2"
    unhealthy_threshold = "4"
  }
}

resource "aws_alb_listener" "ledger_http" {
  load_balancer_arn = aws_alb.ledger.arn
  port              = "80"
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_alb_target_group.ledger.arn
  }
}
