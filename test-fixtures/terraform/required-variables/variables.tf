variable "region" {
  description = "AWS region, e.g. eu-west-1."
  type        = string
}

variable "environment" {
  description = "Deployment stage."
  type        = string

  validation {
    condition     = contains(["dev", "stage", "prod"], var.environment)
    error_message = "environment must be dev, stage or prod."
  }
}

variable "app_image" {
  description = "Image URI with its tag, set by the build job."
  type        = string
}

variable "app_desired_count" {
  description = "Tasks to run."
  type        = number
}

variable "app_cpu" {
  description = "Task CPU units."
  type        = number
}

variable "app_memory" {
  description = "Task memory, MiB."
  type        = number
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
}

variable "db_password" {
  description = "Master password, from the pipeline's secret store."
  type        = string
  sensitive   = true
}
