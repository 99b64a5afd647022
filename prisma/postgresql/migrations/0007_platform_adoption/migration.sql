-- Reference data: adoption of digital platforms by ministries of foreign affairs.
-- Source: DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016).
INSERT INTO "PlatformAdoption" ("id", "platform", "ministries", "source", "year") VALUES
    ('diplo-2016-website', 'website', 170, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-twitter', 'twitter', 114, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-facebook', 'facebook', 89, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-youtube', 'youtube', 75, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-flickr', 'flickr', 47, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-linkedin', 'linkedin', 44, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-instagram', 'instagram', 15, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-blog', 'blog', 9, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016),
    ('diplo-2016-google-plus', 'google_plus', 8, 'DiploFoundation survey of the use of digital platforms by ministries of foreign affairs, cited in "25 Points for Digital Diplomacy" (DiploFoundation, 2016)', 2016);
