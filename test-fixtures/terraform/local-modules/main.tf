terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-central-1"
}

module "network" {
  source = "./modules/network"

  name = "orders"
  cidr = "10.40.0.0/16"
  azs  = ["eu-central-1a", "eu-central-1b"]
}

module "app" {
  source = "./modules/app"

  name                = "orders"
  vpc_id              = module.network.vpc_id
  public_subnet_ids   = module.network.public_subnet_ids
  private_subnet_ids  = module.network.private_subnet_ids
  database_subnet_ids = module.network.database_subnet_ids

  certificate_arn = "arn:aws:acm:eu-central-1:123456789012:certificate/0f6c1a2e-7d3b-4c55-9e1a-5b2d8c4f9a10"
  image           = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/orders:1.8.2"
  container_port  = 8000
  task_cpu        = 1024
  task_memory     = 2048
  desired_count   = 2

  db_instance_class = "db.m6g.large"
  db_multi_az       = true
}

output "url" {
  value = "https://${module.app.alb_dns_name}"
}
