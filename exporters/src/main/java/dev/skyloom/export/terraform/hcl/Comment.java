package dev.skyloom.export.terraform.hcl;

/**
 * A {@code #} comment line. Generated text only; user text must go through {@link
 * HclSyntax#commentText} first, and a line break is rejected here so nothing can escape the comment.
 */
public record Comment(String text) implements HclBody {
    public Comment {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\r'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u0085'
                    || c == '\u000b'
                    || c == '\u000c') {
                throw new IllegalArgumentException("a comment must be one line");
            }
        }
    }
}
