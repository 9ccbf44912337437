"""Signs one GET request with AWS Signature Version 4 and prints the two headers to send with it.

Only for bench/read-path.sh: the benchmark replays one signed request (valid for 15 minutes), so
the server verifies the same signature on every request, as it would verify fresh ones. This is
the canonicalisation AWS specifies, for a path without query; the registry's own verifier is
tested against the AWS SDK and CLI.

    python3 bench/sigv4-sign.py URL ACCESS_KEY_ID SECRET REGION SERVICE
"""
import datetime
import hashlib
import hmac
import sys
from urllib.parse import quote, urlsplit

url, key_id, secret, region, service = sys.argv[1:6]
parts = urlsplit(url)
now = datetime.datetime.now(datetime.timezone.utc)
amz_date, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
canonical = "\n".join(["GET", quote(parts.path, safe="/~"), "", "host:" + parts.netloc, "x-amz-date:" + amz_date, "",
                       "host;x-amz-date", hashlib.sha256(b"").hexdigest()])
scope = f"{day}/{region}/{service}/aws4_request"
to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
signing_key = ("AWS4" + secret).encode()
for part in (day, region, service, "aws4_request"):
    signing_key = hmac.new(signing_key, part.encode(), hashlib.sha256).digest()
signature = hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()
print(f"X-Amz-Date: {amz_date}")
print(f"Authorization: AWS4-HMAC-SHA256 Credential={key_id}/{scope}, SignedHeaders=host;x-amz-date, "
      f"Signature={signature}")
