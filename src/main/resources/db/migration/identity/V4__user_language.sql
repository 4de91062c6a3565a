-- The language a user chose in the header's switch (a BCP 47 tag such as 'fr'); NULL until they choose one, when
-- the browser's languages decide.
ALTER TABLE app_user ADD COLUMN language VARCHAR(10);
