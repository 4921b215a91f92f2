# terraform apply -var-file=prod.tfvars
environment = "prod"
azs         = ["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"]

single_nat_gateway = false

app_cpu           = 1024
app_memory        = 2048
app_desired_count = 4
app_min_count     = 4
app_max_count     = 12

db_instance_class        = "db.r6g.large"
db_multi_az              = true
db_allocated_storage     = 100
db_backup_retention_days = 14
