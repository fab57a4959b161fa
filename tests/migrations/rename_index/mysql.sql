-- RenameIndex
ALTER TABLE `User` RENAME INDEX `User_name_idx` TO `user_name_ix`;
