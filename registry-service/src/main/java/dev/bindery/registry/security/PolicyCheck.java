package dev.bindery.registry.security;

/** Evaluates the resource policy of a registry for one request. */
public interface PolicyCheck {

    /**
     * @param registryName the registry whose policy applies
     * @param principalArn the caller, {@code arn:aws:iam::<account>:user/<name>}
     * @param action       the IAM action, e.g. {@code schemas:DescribeSchema}
     * @param resourceArn  the registry's or schema's ARN
     */
    PolicyVerdict verdict(String registryName, String principalArn, String action, String resourceArn);
}
