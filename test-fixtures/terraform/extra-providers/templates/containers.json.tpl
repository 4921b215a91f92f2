[
  {
    "name": "web",
    "image": "${image}",
    "essential": true,
    "portMappings": [{ "containerPort": ${port} }],
    "environment": [
      { "name": "DATABASE_HOST", "value": "${db_host}" },
      { "name": "RAILS_ENV", "value": "production" }
    ]
  }
]
