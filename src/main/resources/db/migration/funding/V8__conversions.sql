-- A fund converts cash between its currencies (sells one, buys another at a stated rate) before it pays out in a
-- currency it holds too little of: a conversion is a movement that names no project, keeps what was sold and at
-- what rate, and its amount is what was bought, in the bought currency. Other movements stay in US dollars.
ALTER TABLE funding_movement ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'USD';
ALTER TABLE funding_movement ADD COLUMN sold_amount NUMERIC(19, 4);
ALTER TABLE funding_movement ADD COLUMN sold_currency CHAR(3);
ALTER TABLE funding_movement ADD COLUMN rate NUMERIC(19, 8);
ALTER TABLE funding_movement ALTER COLUMN project DROP NOT NULL;
ALTER TABLE funding_movement ADD CONSTRAINT funding_movement_conversion
    CHECK ((kind = 'CONVERSION') = (sold_amount IS NOT NULL AND sold_currency IS NOT NULL AND rate IS NOT NULL));
