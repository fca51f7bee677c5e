/**
 * The demo profile: seeds the Dinas Kependudukan dan Pencatatan Sipil Kota Sabang through the same CSV imports HR
 * uses, and prints the logins at start-up.
 */
package org.kinerja.demo;
