-- MySQL dialect: backquotes, AUTO_INCREMENT, ENGINE, inline KEY.
CREATE TABLE `accounts_data` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tenant_id` char(36) NOT NULL,
  `payload` json,
  PRIMARY KEY (`id`),
  KEY `tenant_idx` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `currencies` (
  `code` char(3) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB;
