variable "project" {
  description = "Name prefix for every resource."
  type        = string
  default     = "shop"
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string
  default     = "dev"
}

variable "region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "us-east-1"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "azs" {
  description = "Availability zones; one subnet per tier in each."
  type        = list(string)
  default     = ["us-east-1a", "us-east-1b"]
}

variable "single_nat_gateway" {
  description = "One shared NAT gateway (cheaper) instead of one per AZ."
  type        = bool
  default     = true
}

variable "app_port" {
  type    = number
  default = 8080
}

variable "app_image" {
  type    = string
  default = "public.ecr.aws/nginx/nginx:1.27"
}

variable "app_cpu" {
  description = "Fargate task CPU units (1024 = 1 vCPU)."
  type        = number
  default     = 256
}

variable "app_memory" {
  description = "Fargate task memory in MiB."
  type        = number
  default     = 512
}

variable "app_desired_count" {
  type    = number
  default = 1
}

variable "app_min_count" {
  type    = number
  default = 1
}

variable "app_max_count" {
  type    = number
  default = 4
}

variable "db_instance_class" {
  type    = string
  default = "db.t3.micro"
}

variable "db_multi_az" {
  type    = bool
  default = false
}

variable "db_allocated_storage" {
  description = "GiB of gp3 storage."
  type        = number
  default     = 20
}

variable "db_backup_retention_days" {
  type    = number
  default = 1
}
