package dev.skyloom.model;

import java.util.Optional;

/** What an identity provider is, with its JSON name and the name to show. */
public enum IdentityKind {
    ENTRA_ID("entra-id", "Microsoft Entra ID"),
    OKTA("okta", "Okta"),
    GOOGLE_CLOUD_IDENTITY("google-cloud-identity", "Google Cloud Identity"),
    AWS_IAM_IDENTITY_CENTER("aws-iam-identity-center", "AWS IAM Identity Center"),
    KEYCLOAK("keycloak", "Keycloak"),
    CUSTOM("custom", "Custom");

    private final String json;
    private final String label;

    IdentityKind(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() {
        return json;
    }

    public String label() {
        return label;
    }

    public static Optional<IdentityKind> fromJson(String value) {
        for (IdentityKind k : values()) {
            if (k.json.equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
