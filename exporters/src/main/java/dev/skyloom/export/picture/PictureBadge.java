package dev.skyloom.export.picture;

/** A small rounded chip with text: a provider's initials or a region's country code. */
public record PictureBadge(String text, PictureColour fill, PictureColour textColour) {
    public PictureBadge {
        text = text == null ? "" : text;
    }
}
