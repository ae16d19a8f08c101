package dev.skyloom.app.board;

/** The canvas asks to connect two components; the receiver validates and applies it. */
@FunctionalInterface
public interface ConnectIntent {
    void connect(String from, String to, double sceneX, double sceneY);
}
