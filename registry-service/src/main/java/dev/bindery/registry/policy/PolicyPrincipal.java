package dev.bindery.registry.policy;

import java.util.Objects;

/**
 * Whom a statement applies to: one entry of its {@code Principal}. IAM allows no wildcards in
 * principals other than {@code *} on its own, and neither does Bindery.
 */
public sealed interface PolicyPrincipal {

    /** Whether the request's caller is this principal. */
    boolean matches(Request request);

    /** {@code "Principal": "*"} or {@code {"AWS": "*"}}: every authenticated caller. */
    record Anyone() implements PolicyPrincipal {

        @Override
        public boolean matches(Request request) {
            return true;
        }
    }

    /**
     * A 12-digit account id or {@code arn:aws:iam::<account>:root}: every principal of that account.
     *
     * @param accountId the twelve-digit account id
     */
    record Account(String accountId) implements PolicyPrincipal {

        public Account {
            Objects.requireNonNull(accountId, "accountId == null");
        }

        @Override
        public boolean matches(Request request) {
            return request.callerAccount().equals(accountId);
        }
    }

    /**
     * {@code arn:aws:iam::<account>:user/<name>}: that user only, compared exactly (case included).
     *
     * @param arn the user's ARN
     */
    record User(String arn) implements PolicyPrincipal {

        public User {
            Objects.requireNonNull(arn, "arn == null");
        }

        @Override
        public boolean matches(Request request) {
            return request.principalArn().equals(arn);
        }
    }
}
