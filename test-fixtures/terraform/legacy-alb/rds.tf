variable "db_password" {
  description = "set it with TF_VAR_db_password"
  default     = "ledger-Secret-42"
}

resource "aws_db_subnet_group" "ledger" {
  name       = "ledger"
  subnet_ids = ["${aws_subnet.db_a.id}", "${aws_subnet.db_b.id}"]
}

resource "aws_db_instance" "ledger" {
  identifier             = "ledger"
  engine                 = "mysql"
  engine_version         = "8.0"
  instance_class         = "db.t3.micro"
  allocated_storage      = "20"
  storage_type           = "gp2"
  db_name                = "ledger"
  username               = "ledger"
  password               = var.db_password
  db_subnet_group_name   = aws_db_subnet_group.ledger.name
  vpc_security_group_ids = ["${aws_security_group.rds.id}"]
  skip_final_snapshot    = true
}
