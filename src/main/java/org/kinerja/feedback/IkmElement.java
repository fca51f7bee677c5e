package org.kinerja.feedback;

/** The nine elements of the community satisfaction survey (Indeks Kepuasan Masyarakat), PermenPANRB 14/2017. */
enum IkmElement {
    PERSYARATAN("Persyaratan", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?"),
    PROSEDUR("Sistem, Mekanisme dan Prosedur", "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"),
    WAKTU("Waktu Penyelesaian", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"),
    BIAYA("Biaya/Tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"),
    PRODUK("Produk Spesifikasi Jenis Pelayanan",
            "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?"),
    KOMPETENSI("Kompetensi Pelaksana", "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?"),
    PERILAKU("Perilaku Pelaksana", "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?"),
    PENGADUAN("Penanganan Pengaduan, Saran dan Masukan", "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?"),
    SARANA("Sarana dan Prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?");

    private final String label;
    private final String question;

    IkmElement(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }
}
