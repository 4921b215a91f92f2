variable "region" {
  type    = string
  default = "us-east-1"
}

variable "db_class" {
  type    = string
  default = "db.t3.micro"
}
