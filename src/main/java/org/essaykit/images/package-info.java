/** Local images: their sizes read from file headers ({@link org.essaykit.images.ImageHeaders}). */
package org.essaykit.images;
