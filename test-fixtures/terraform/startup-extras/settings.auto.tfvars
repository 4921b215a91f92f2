office_cidr     = "203.0.113.0/24"
cache_node_type = "cache.t4g.small"
