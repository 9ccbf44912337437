package dev.bindery.registry.policy;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A registry's resource policy: an IAM policy document in the subset Bindery enforces.
 *
 * <p><b>The subset.</b> A document has {@code Version} (optional, {@code "2012-10-17"} or
 * {@code "2008-10-17"}), {@code Id} (optional) and {@code Statement} (one object or a non-empty
 * array). A statement has {@code Sid} (optional, unique in the policy), {@code Effect}
 * ({@code Allow} or {@code Deny}, that case), and, all required:
 * <ul>
 *   <li>{@code Principal}: {@code "*"} or {@code {"AWS": …}} with one entry or an array of them,
 *       each {@code "*"}, a 12-digit account id, {@code arn:aws:iam::<account>:root} (both: every
 *       principal of that account) or {@code arn:aws:iam::<account>:user/<name>} (that user,
 *       compared exactly). As in IAM, a principal has no wildcards other than {@code "*"} alone.</li>
 *   <li>{@code Action}: a string or array of {@code service:Action} patterns
 *       ({@code schemas:DescribeSchema}, {@code schemas:Describe*}, {@code schemas:*},
 *       {@code events:PutEvents}) or {@code "*"}, matched ignoring case as IAM does.</li>
 *   <li>{@code Resource}: a string or array of ARN patterns or {@code "*"}, matched with case as
 *       IAM does; {@code *} matches any run of characters, {@code ?} one.</li>
 * </ul>
 * Everything else is refused by {@link #parse}: {@code Condition}, {@code NotAction},
 * {@code NotPrincipal}, {@code NotResource}, principal types other than {@code AWS}, role and
 * other non-user principal ARNs, policy variables ({@code ${…}}), unknown elements, wrong JSON
 * types, duplicate keys and text after the document. Refusing is the safe side: an element that
 * was accepted but not enforced would make a Deny silently broader or narrower than written.
 *
 * <p><b>Evaluation.</b> {@link Decision#DENY} if a matching statement denies, else
 * {@link Decision#ALLOW} if one allows, else {@link Decision#NONE}: the caller's role decides.
 *
 * @param version    the {@code Version}, or {@code null} if absent
 * @param id         the {@code Id}, or {@code null} if absent
 * @param statements the statements in document order, at least one
 */
public record ResourcePolicy(
        @Nullable String version, @Nullable String id, List<Statement> statements) {

    public ResourcePolicy {
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("statements is empty");
        }
    }

    /**
     * Reads a policy document, refusing anything outside the subset.
     *
     * @throws InvalidPolicyException naming the element at fault and where it is
     */
    public static ResourcePolicy parse(String json) {
        Objects.requireNonNull(json, "json == null");
        return PolicyParser.parse(json);
    }

    /** What this policy says about the request: a matching Deny wins over any Allow. */
    public Decision evaluate(Request request) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (statement.effect() == StatementEffect.DENY) {
                if (statement.matches(request)) {
                    return Decision.DENY;
                }
            } else if (!allowed && statement.matches(request)) {
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.NONE;
    }
}
