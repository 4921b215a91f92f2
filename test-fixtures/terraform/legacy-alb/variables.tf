variable "region" {
  default = "us-east-1"
}

variable "container_image" {
  default = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ledger:2.3.0"
}

variable "container_port" {
  description = "the port the ledger process listens on"
  default     = "3000"
}

variable "task_count" {
  description = "how many copies of the ledger task to keep running"
  default     = "3"
}

variable "healthcheck_url" {
  default = "/ping"
}

variable "task_cpu" {
  description = "CPU units per task (1024 per vCPU)"
  default     = "256"
}

variable "task_memory" {
  description = "MiB per task"
  default     = "512"
}
