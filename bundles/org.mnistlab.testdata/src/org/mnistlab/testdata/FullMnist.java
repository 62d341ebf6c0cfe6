package org.mnistlab.testdata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks tests that need the real MNIST ({@link MnistTestData}) with the JUnit tag {@value #TAG}, so that a quick run
 * can leave them out ({@code -DexcludedGroups=mnist}) or run only them ({@code -Dgroups=mnist}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(FullMnist.TAG)
public @interface FullMnist {

    /** The tag's name. */
    String TAG = "mnist";
}
