terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "ap-northeast-1"
}

locals {
  region = "ap-northeast-1"

  subnets = {
    public-a = { az = "ap-northeast-1a", cidr = "10.8.0.0/24", tier = "public" }
    public-c = { az = "ap-northeast-1c", cidr = "10.8.1.0/24", tier = "public" }
    app-a    = { az = "ap-northeast-1a", cidr = "10.8.10.0/24", tier = "app" }
    app-c    = { az = "ap-northeast-1c", cidr = "10.8.11.0/24", tier = "app" }
    db-a     = { az = "ap-northeast-1a", cidr = "10.8.20.0/24", tier = "db" }
    db-c     = { az = "ap-northeast-1c", cidr = "10.8.21.0/24", tier = "db" }
  }

  subnet_ids_by_tier = {
    for tier in ["public", "app", "db"] :
    tier => [for key, s in local.subnets : aws_subnet.this[key].id if s.tier == tier]
  }
}

resource "aws_vpc" "this" {
  cidr_block           = "10.8.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = "billing" }
}

resource "aws_subnet" "this" {
  for_each = local.subnets

  vpc_id            = aws_vpc.this.id
  availability_zone = each.value.az
  cidr_block        = each.value.cidr
  tags              = { Name = "billing-${each.key}", Tier = each.value.tier }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
}

# App and database subnets: local routes only (plus the S3 gateway endpoint's prefix list).
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id
}

resource "aws_route_table_association" "this" {
  for_each = local.subnets

  subnet_id      = aws_subnet.this[each.key].id
  route_table_id = each.value.tier == "public" ? aws_route_table.public.id : aws_route_table.private.id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.${local.region}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.private.id]
}

resource "aws_vpc_endpoint" "interface" {
  for_each = toset(["ecr.api", "ecr.dkr", "logs", "secretsmanager"])

  vpc_id              = aws_vpc.this.id
  service_name        = "com.amazonaws.${local.region}.${each.key}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = local.subnet_ids_by_tier["app"]
  security_group_ids  = [aws_security_group.endpoints.id]
}
