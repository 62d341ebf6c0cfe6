/** PNG images: charts as image ports, digits as image cells. */
package org.mnistlab.knime.image;
