-- The fields of work in which public-interest status is granted; platform admins edit them later.
INSERT INTO "fields_of_work" ("code", "name", "position") VALUES
  ('culture', '{"sl": "Kultura", "en": "Culture"}'::jsonb, 10),
  ('social_care', '{"sl": "Socialno varstvo", "en": "Social care"}'::jsonb, 20),
  ('health', '{"sl": "Zdravstvo", "en": "Health"}'::jsonb, 30),
  ('environment', '{"sl": "Varstvo okolja in narave", "en": "Environment and nature protection"}'::jsonb, 40),
  ('sport', '{"sl": "Šport", "en": "Sport"}'::jsonb, 50),
  ('youth', '{"sl": "Mladina", "en": "Youth"}'::jsonb, 60),
  ('information_society', '{"sl": "Informacijska družba", "en": "Information society"}'::jsonb, 70),
  ('ngo_development', '{"sl": "Razvoj nevladnih organizacij in prostovoljstva", "en": "Development of NGOs and volunteering"}'::jsonb, 80),
  ('human_rights', '{"sl": "Človekove pravice in temeljne svoboščine", "en": "Human rights and fundamental freedoms"}'::jsonb, 90),
  ('education', '{"sl": "Vzgoja in izobraževanje", "en": "Education"}'::jsonb, 100),
  ('science', '{"sl": "Raziskovalna dejavnost in znanost", "en": "Research and science"}'::jsonb, 110),
  ('disability', '{"sl": "Invalidsko varstvo", "en": "Disability"}'::jsonb, 120),
  ('older_people', '{"sl": "Starejši", "en": "Older people"}'::jsonb, 130),
  ('family', '{"sl": "Družina", "en": "Family"}'::jsonb, 140),
  ('veterans', '{"sl": "Vojni veterani in žrtve vojnega nasilja", "en": "War veterans and victims of war violence"}'::jsonb, 150),
  ('protection_rescue', '{"sl": "Zaščita in reševanje", "en": "Protection and rescue"}'::jsonb, 160),
  ('consumer_protection', '{"sl": "Varstvo potrošnikov", "en": "Consumer protection"}'::jsonb, 170),
  ('agriculture_rural', '{"sl": "Kmetijstvo in razvoj podeželja", "en": "Agriculture and rural development"}'::jsonb, 180),
  ('tourism', '{"sl": "Turizem", "en": "Tourism"}'::jsonb, 190),
  ('development_cooperation', '{"sl": "Razvojno sodelovanje in humanitarna pomoč", "en": "Development cooperation and humanitarian aid"}'::jsonb, 200),
  ('animal_protection', '{"sl": "Zaščita živali", "en": "Animal protection"}'::jsonb, 210)
ON CONFLICT ("code") DO NOTHING;
