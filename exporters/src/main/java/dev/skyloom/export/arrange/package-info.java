/** Arrange: automatic layout of a design with the Eclipse Layout Kernel (EPL-2.0), as one edit. */
package dev.skyloom.export.arrange;
