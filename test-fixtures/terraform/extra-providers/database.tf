resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_security_group" "db" {
  name   = "shopfront-db"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.web.id]
  }
}

resource "aws_db_subnet_group" "main" {
  name       = "shopfront"
  subnet_ids = aws_subnet.db[*].id
}

resource "aws_db_instance" "main" {
  identifier             = "shopfront"
  engine                 = "postgres"
  instance_class         = "db.t3.medium"
  allocated_storage      = 30
  username               = "shopfront"
  password               = random_password.db.result
  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = true
}

# Runs the schema migrations once the database exists (and again when its address changes).
resource "null_resource" "migrate" {
  triggers = {
    db_address = aws_db_instance.main.address
  }

  provisioner "local-exec" {
    command = "bin/rails db:migrate"
    environment = {
      DATABASE_URL = "postgres://shopfront:${random_password.db.result}@${aws_db_instance.main.address}/shopfront"
    }
  }
}
