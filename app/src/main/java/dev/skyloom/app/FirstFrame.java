package dev.skyloom.app;

import javafx.animation.AnimationTimer;

/** Runs work once the next frame has been rendered: on the second animation pulse from now. */
final class FirstFrame {
    private FirstFrame() {}

    static void then(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
