# Shared values for every environment of the shop in Seoul.
project     = "shop"
environment = "staging"
region      = "ap-northeast-2"
azs         = ["ap-northeast-2a", "ap-northeast-2c"]

app_cpu           = 512
app_memory        = 1024
app_desired_count = 2
app_max_count     = 6

db_instance_class = "db.t3.small"
