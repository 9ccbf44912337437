package dev.bindery.schemas.corpus;

import static dev.bindery.schemas.corpus.CorpusGenerator.envelope;
import static dev.bindery.schemas.corpus.CorpusGenerator.list;
import static dev.bindery.schemas.corpus.CorpusGenerator.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3 object-level API calls recorded by a CloudTrail data-event trail and delivered as {@code aws.s3} /
 * {@code AWS API Call via CloudTrail}: the CloudTrail record (event version 1.08/1.09) as {@code detail}, an empty
 * {@code resources} envelope list.
 */
final class S3CloudTrailKind {

    private static final String[] ACCOUNTS = {"111122223333", "444455556666"};
    private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2"};
    private static final String[] BUCKETS = {
        "orders-archive", "customer-uploads", "analytics-raw", "build-artifacts", "invoices-prod"
    };
    private static final String[] USER_AGENTS = {
        "[aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79-99.164.amzn2023.x86_64 exe/x86_64.amzn.2023]",
        "[Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#5.10.213 md/arch#x86_64 lang/python#3.12.2]",
        "[aws-sdk-java/2.25.16 Linux/5.10.213 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10]",
        "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.658]",
        "AWS Internal"
    };

    private S3CloudTrailKind() {}

    static List<Map<String, Object>> events(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Instant t = g.tick(1, 90);
            String account = g.pick(ACCOUNTS);
            String region = g.pick(REGIONS);
            String bucket = g.pick(BUCKETS) + "-" + account.substring(8);
            String key = g.pick("incoming/", "2026/03/", "reports/", "")
                    + g.hex(12, false)
                    + g.pick(".json", ".csv.gz", ".pdf", ".parquet");
            String eventName = g.pick(
                    "GetObject",
                    "GetObject",
                    "GetObject",
                    "PutObject",
                    "PutObject",
                    "HeadObject",
                    "DeleteObject",
                    "CopyObject",
                    "CreateMultipartUpload",
                    "CompleteMultipartUpload");
            String identityType = g.pick("AssumedRole", "AssumedRole", "AssumedRole", "IAMUser", "AWSService");
            boolean service = identityType.equals("AWSService");

            Map<String, Object> d = obj(
                    "eventVersion",
                    g.chance(0.7) ? "1.09" : "1.08",
                    "userIdentity",
                    userIdentity(g, identityType, account, t),
                    "eventTime",
                    Gen.seconds(t),
                    "eventSource",
                    "s3.amazonaws.com",
                    "eventName",
                    eventName,
                    "awsRegion",
                    region,
                    "sourceIPAddress",
                    service
                            ? "s3.amazonaws.com"
                            : g.chance(0.1) ? "2001:db8:" + g.hex(4, false) + "::" + g.hex(3, false) : g.ipv4(),
                    "userAgent",
                    service ? "s3.amazonaws.com" : g.pick(USER_AGENTS),
                    "requestParameters",
                    requestParameters(g, eventName, bucket, key, region),
                    "responseElements",
                    responseElements(g, eventName, bucket, key),
                    "additionalEventData",
                    additionalEventData(g, eventName, service),
                    "requestID",
                    g.hex(16, true),
                    "eventID",
                    g.uuid(),
                    "readOnly",
                    eventName.startsWith("Get") || eventName.startsWith("Head"));
            List<Object> resources = list(
                    obj("type", "AWS::S3::Object", "ARN", "arn:aws:s3:::" + bucket + "/" + key),
                    obj("accountId", account, "type", "AWS::S3::Bucket", "ARN", "arn:aws:s3:::" + bucket));
            d.put("resources", resources);
            d.put("eventType", "AwsApiCall");
            d.put("managementEvent", false);
            d.put("recipientAccountId", account);
            if (g.chance(0.05)) {
                d.put("sharedEventID", g.uuid());
            }
            if (!service && g.chance(0.15)) {
                d.put("vpcEndpointId", "vpce-" + g.hex(17, false));
            }
            d.put("eventCategory", "Data");
            if (!service) {
                String tls = g.chance(0.6) ? "TLSv1.3" : "TLSv1.2";
                d.put(
                        "tlsDetails",
                        obj(
                                "tlsVersion",
                                tls,
                                "cipherSuite",
                                tls.equals("TLSv1.3") ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256",
                                "clientProvidedHostHeader",
                                bucket + ".s3." + region + ".amazonaws.com"));
            }
            out.add(envelope(g, "AWS API Call via CloudTrail", "aws.s3", account, t, region, list(), d));
        }
        return out;
    }

    private static Map<String, Object> userIdentity(Gen g, String type, String account, Instant t) {
        switch (type) {
            case "IAMUser" -> {
                String user = g.pick("deploy-bot", "alice", "bob", "ci-runner", "data-loader");
                return obj(
                        "type",
                        type,
                        "principalId",
                        "AIDA" + g.chars(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                        "arn",
                        "arn:aws:iam::" + account + ":user/" + user,
                        "accountId",
                        account,
                        "accessKeyId",
                        "AKIA" + g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                        "userName",
                        user);
            }
            case "AssumedRole" -> {
                String role = g.pick(
                        "OrdersServiceRole",
                        "AnalyticsEtlRole",
                        "AWSReservedSSO_Admin_0123456789abcdef",
                        "LambdaExecutionRole");
                String roleId = "AROA" + g.chars(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
                String session =
                        g.chance(0.5) ? "i-" + g.hex(17, false) : g.first().toLowerCase() + "@example.com";
                Map<String, Object> attributes = obj(
                        "creationDate",
                        Gen.seconds(t.minusSeconds(g.between(60, 43_200))),
                        "mfaAuthenticated",
                        g.chance(0.2) ? "true" : "false");
                Map<String, Object> identity = obj(
                        "type",
                        type,
                        "principalId",
                        roleId + ":" + session,
                        "arn",
                        "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session,
                        "accountId",
                        account,
                        "accessKeyId",
                        "ASIA" + g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                        "sessionContext",
                        obj(
                                "sessionIssuer",
                                        obj(
                                                "type",
                                                "Role",
                                                "principalId",
                                                roleId,
                                                "arn",
                                                "arn:aws:iam::" + account + ":role/" + role,
                                                "accountId",
                                                account,
                                                "userName",
                                                role),
                                "webIdFederationData", obj(),
                                "attributes", attributes));
                if (g.chance(0.1)) {
                    identity.put("invokedBy", g.pick("athena.amazonaws.com", "glue.amazonaws.com"));
                }
                return identity;
            }
            default -> {
                return obj(
                        "type",
                        type,
                        "invokedBy",
                        g.pick("s3.amazonaws.com", "cloudtrail.amazonaws.com", "delivery.logs.amazonaws.com"));
            }
        }
    }

    private static Map<String, Object> requestParameters(
            Gen g, String eventName, String bucket, String key, String region) {
        Map<String, Object> p =
                obj("bucketName", bucket, "Host", bucket + ".s3." + region + ".amazonaws.com", "key", key);
        switch (eventName) {
            case "PutObject" -> {
                if (g.chance(0.3)) {
                    p.put("x-amz-acl", g.pick("private", "bucket-owner-full-control"));
                }
                if (g.chance(0.4)) {
                    p.put("x-amz-server-side-encryption", g.pick("AES256", "aws:kms"));
                }
            }
            case "CopyObject" -> p.put("x-amz-copy-source", g.pick(BUCKETS) + "/" + g.hex(12, false) + ".json");
            case "CompleteMultipartUpload" ->
                p.put("uploadId", g.base64(64).replace('/', '_').replace('+', '-'));
            case "CreateMultipartUpload" -> p.put("uploads", "");
            case "GetObject" -> {
                if (g.chance(0.2)) {
                    p.put("versionId", g.base64(32).replace('/', '.').replace('+', '_'));
                }
            }
            default -> {}
        }
        return p;
    }

    private static Object responseElements(Gen g, String eventName, String bucket, String key) {
        switch (eventName) {
            case "PutObject", "CopyObject" -> {
                Map<String, Object> r = obj("x-amz-server-side-encryption", g.chance(0.8) ? "AES256" : "aws:kms");
                if (g.chance(0.5)) {
                    r.put("x-amz-version-id", g.base64(32).replace('/', '.').replace('+', '_'));
                }
                return r;
            }
            case "CreateMultipartUpload" -> {
                return obj(
                        "bucket",
                        bucket,
                        "key",
                        key,
                        "uploadId",
                        g.base64(64).replace('/', '_').replace('+', '-'),
                        "x-amz-server-side-encryption",
                        "AES256");
            }
            case "CompleteMultipartUpload" -> {
                return obj(
                        "bucket",
                        bucket,
                        "key",
                        key,
                        "x-amz-server-side-encryption",
                        "AES256",
                        "location",
                        "https://" + bucket + ".s3.amazonaws.com/" + key);
            }
            default -> {
                return null;
            }
        }
    }

    private static Map<String, Object> additionalEventData(Gen g, String eventName, boolean service) {
        long in = eventName.equals("PutObject") ? g.between(200, 5_000_000) : 0;
        long outBytes = eventName.equals("GetObject") ? g.between(200, 5_000_000) : 0;
        Map<String, Object> a = obj(
                "SignatureVersion",
                "SigV4",
                "CipherSuite",
                g.pick("TLS_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256"),
                // older records carry the byte counts as floating-point numbers
                "bytesTransferredIn",
                g.chance(0.2) ? (Object) (in + 0.0) : (Object) in,
                "AuthenticationMethod",
                g.chance(0.9) ? "AuthHeader" : "QueryString",
                "x-amz-id-2",
                g.base64(76) + "=",
                "bytesTransferredOut",
                g.chance(0.2) ? (Object) (outBytes + 0.0) : (Object) outBytes);
        if (service) {
            a.remove("CipherSuite");
        }
        return a;
    }
}
