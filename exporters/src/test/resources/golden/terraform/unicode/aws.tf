# Resources for aws generated from design "تصميم 🚀 设计".
# Design component: storage "データレイク" (id "湖")
resource "aws_s3_bucket" "r_3e98b56d" {
  bucket = "b-89f97be9"
  tags = {
    Name              = "b-89f97be9"
    skyloom_component = "湖"
  }
}

resource "aws_s3_bucket_versioning" "r_3e98b56d" {
  bucket = aws_s3_bucket.r_3e98b56d.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "r_3e98b56d" {
  bucket                  = aws_s3_bucket.r_3e98b56d.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
