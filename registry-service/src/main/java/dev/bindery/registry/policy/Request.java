package dev.bindery.registry.policy;

import java.util.Objects;

/**
 * What a caller asks of a registry, as a resource policy sees it.
 *
 * @param principalArn the authenticated caller, {@code arn:aws:iam::<account>:user/<name>}
 * @param accountId    the account the registry runs as ({@code bindery.aws.account-id}); the
 *                     resource must belong to it, because a registry's policy governs only the
 *                     registry's own resources
 * @param action       the IAM action, e.g. {@code schemas:DescribeSchema}
 * @param resourceArn  the resource, e.g. {@code arn:aws:schemas:<region>:<account>:schema/<registry>/<schema>}
 *                     or {@code …:registry/<registry>}
 */
public record Request(String principalArn, String accountId, String action, String resourceArn) {

    private static final String IAM_PREFIX = "arn:aws:iam::";

    public Request {
        Objects.requireNonNull(principalArn, "principalArn == null");
        Objects.requireNonNull(accountId, "accountId == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(resourceArn, "resourceArn == null");
        if (!principalArn.startsWith(IAM_PREFIX)
                || !isAccountId(principalArn, IAM_PREFIX.length())
                || principalArn.length() < IAM_PREFIX.length() + 13
                || principalArn.charAt(IAM_PREFIX.length() + 12) != ':') {
            throw new IllegalArgumentException("principalArn is not an IAM principal ARN: " + principalArn);
        }
        if (accountId.length() != 12 || !isAccountId(accountId, 0)) {
            throw new IllegalArgumentException("accountId is not a 12-digit account id: " + accountId);
        }
        if (!accountId.equals(accountOf(resourceArn))) {
            throw new IllegalArgumentException(
                    "resourceArn " + resourceArn + " is not a resource of account " + accountId);
        }
    }

    /** The caller's account: the account field of {@link #principalArn()}. */
    public String callerAccount() {
        return principalArn.substring(IAM_PREFIX.length(), IAM_PREFIX.length() + 12);
    }

    /** Whether {@code text} has twelve digits at {@code from}. */
    static boolean isAccountId(String text, int from) {
        if (text.length() < from + 12) {
            return false;
        }
        for (int i = from; i < from + 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The account field (the fifth) of an ARN, or {@code null} if it has fewer than six fields. */
    private static String accountOf(String arn) {
        int colon = -1;
        for (int field = 0; field < 4; field++) {
            colon = arn.indexOf(':', colon + 1);
            if (colon < 0) {
                return null;
            }
        }
        int end = arn.indexOf(':', colon + 1);
        return end < 0 ? null : arn.substring(colon + 1, end);
    }
}
