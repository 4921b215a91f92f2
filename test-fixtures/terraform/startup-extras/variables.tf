variable "name" {
  type    = string
  default = "pulse"
}

variable "office_cidr" {
  description = "Where engineers connect from."
  type        = string
  default     = "0.0.0.0/0"
}

variable "public_ingress" {
  description = "What the load balancer accepts from the internet."
  type = list(object({
    port        = number
    description = string
  }))
  default = [
    { port = 80, description = "HTTP (redirects)" },
    { port = 443, description = "HTTPS" },
  ]
}

variable "app_desired_count" {
  type    = number
  default = 1
}

variable "db_instance_class" {
  type    = string
  default = "db.t4g.micro"
}

variable "cache_node_type" {
  type    = string
  default = "cache.t4g.micro"
}
