-- CreateTable
CREATE TABLE "crdt_operation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "timestamp" BIGINT NOT NULL,
    "model" INTEGER NOT NULL,
    "record_id" BLOB NOT NULL,
    "kind" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "device_pub_id" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "cloud_crdt_operation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "timestamp" BIGINT NOT NULL,
    "model" INTEGER NOT NULL,
    "record_id" BLOB NOT NULL,
    "kind" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "device_pub_id" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "os" INTEGER,
    "hardware_model" INTEGER,
    "timestamp" BIGINT,
    "date_created" DATETIME,
    "date_deleted" DATETIME
);

-- CreateTable
CREATE TABLE "instance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "identity" BLOB,
    "remote_identity" BLOB NOT NULL,
    "node_id" BLOB NOT NULL,
    "node_remote_identity" BLOB,
    "metadata" BLOB,
    "last_seen" DATETIME NOT NULL,
    "date_created" DATETIME NOT NULL,
    "timestamp" BIGINT
);

-- CreateTable
CREATE TABLE "statistics" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date_captured" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "total_object_count" INTEGER NOT NULL DEFAULT 0,
    "library_db_size" TEXT NOT NULL DEFAULT '0',
    "total_local_bytes_used" TEXT NOT NULL DEFAULT '0',
    "total_local_bytes_capacity" TEXT NOT NULL DEFAULT '0',
    "total_local_bytes_free" TEXT NOT NULL DEFAULT '0',
    "total_library_bytes" TEXT NOT NULL DEFAULT '0',
    "total_library_unique_bytes" TEXT NOT NULL DEFAULT '0',
    "total_library_preview_media_bytes" TEXT NOT NULL DEFAULT '0'
);

-- CreateTable
CREATE TABLE "object_kind_statistics" (
    "kind" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total_bytes" BIGINT NOT NULL DEFAULT 0,
    "files_count" BIGINT NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "volume" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "mount_point" TEXT,
    "mount_type" TEXT,
    "total_bytes_capacity" TEXT,
    "total_bytes_available" TEXT,
    "disk_type" TEXT,
    "file_system" TEXT,
    "date_modified" DATETIME,
    "is_mounted" BOOLEAN,
    "read_speed_mbps" BIGINT,
    "write_speed_mbps" BIGINT,
    "read_only" BOOLEAN,
    "error_status" TEXT,
    "device_id" INTEGER,
    CONSTRAINT "volume_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "location" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "path" TEXT,
    "total_capacity" INTEGER,
    "available_capacity" INTEGER,
    "size_in_bytes" BLOB,
    "is_archived" BOOLEAN,
    "generate_preview_media" BOOLEAN,
    "sync_preview_media" BOOLEAN,
    "hidden" BOOLEAN,
    "date_created" DATETIME,
    "scan_state" INTEGER NOT NULL DEFAULT 0,
    "device_id" INTEGER,
    "instance_id" INTEGER,
    CONSTRAINT "location_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "location_instance_id_fkey" FOREIGN KEY ("instance_id") REFERENCES "instance" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "file_path" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "is_dir" BOOLEAN,
    "cas_id" TEXT,
    "integrity_checksum" TEXT,
    "location_id" INTEGER,
    "materialized_path" TEXT,
    "name" TEXT,
    "extension" TEXT,
    "hidden" BOOLEAN,
    "size_in_bytes" TEXT,
    "size_in_bytes_bytes" BLOB,
    "inode" BLOB,
    "object_id" INTEGER,
    "key_id" INTEGER,
    "date_created" DATETIME,
    "date_modified" DATETIME,
    "date_indexed" DATETIME,
    "device_id" INTEGER,
    CONSTRAINT "file_path_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "file_path_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "file_path_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "object" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "kind" INTEGER,
    "key_id" INTEGER,
    "hidden" BOOLEAN,
    "favorite" BOOLEAN,
    "important" BOOLEAN,
    "note" TEXT,
    "date_created" DATETIME,
    "date_accessed" DATETIME,
    "device_id" INTEGER,
    CONSTRAINT "object_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "exif_data" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resolution" BLOB,
    "media_date" BLOB,
    "media_location" BLOB,
    "camera_data" BLOB,
    "artist" TEXT,
    "description" TEXT,
    "copyright" TEXT,
    "exif_version" TEXT,
    "epoch_time" BIGINT,
    "object_id" INTEGER NOT NULL,
    "device_id" INTEGER,
    CONSTRAINT "exif_data_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "exif_data_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_data" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "formats" TEXT NOT NULL,
    "bit_rate" BLOB NOT NULL,
    "duration" BLOB,
    "start_time" BLOB,
    "title" TEXT,
    "creation_time" DATETIME,
    "date" DATETIME,
    "album_artist" TEXT,
    "disc" TEXT,
    "track" TEXT,
    "album" TEXT,
    "artist" TEXT,
    "metadata" BLOB,
    "object_id" INTEGER NOT NULL,
    CONSTRAINT "ffmpeg_data_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_media_chapter" (
    "chapter_id" INTEGER NOT NULL,
    "start" BLOB NOT NULL,
    "end" BLOB NOT NULL,
    "time_base_den" INTEGER NOT NULL,
    "time_base_num" INTEGER NOT NULL,
    "title" TEXT,
    "metadata" BLOB,
    "ffmpeg_data_id" INTEGER NOT NULL,

    PRIMARY KEY ("ffmpeg_data_id", "chapter_id"),
    CONSTRAINT "ffmpeg_media_chapter_ffmpeg_data_id_fkey" FOREIGN KEY ("ffmpeg_data_id") REFERENCES "ffmpeg_data" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_media_program" (
    "program_id" INTEGER NOT NULL,
    "name" TEXT,
    "metadata" BLOB,
    "ffmpeg_data_id" INTEGER NOT NULL,

    PRIMARY KEY ("ffmpeg_data_id", "program_id"),
    CONSTRAINT "ffmpeg_media_program_ffmpeg_data_id_fkey" FOREIGN KEY ("ffmpeg_data_id") REFERENCES "ffmpeg_data" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_media_stream" (
    "stream_id" INTEGER NOT NULL,
    "name" TEXT,
    "aspect_ratio_num" INTEGER NOT NULL,
    "aspect_ratio_den" INTEGER NOT NULL,
    "frames_per_second_num" INTEGER NOT NULL,
    "frames_per_second_den" INTEGER NOT NULL,
    "time_base_real_den" INTEGER NOT NULL,
    "time_base_real_num" INTEGER NOT NULL,
    "dispositions" TEXT,
    "title" TEXT,
    "encoder" TEXT,
    "language" TEXT,
    "duration" BLOB,
    "metadata" BLOB,
    "program_id" INTEGER NOT NULL,
    "ffmpeg_data_id" INTEGER NOT NULL,

    PRIMARY KEY ("ffmpeg_data_id", "program_id", "stream_id"),
    CONSTRAINT "ffmpeg_media_stream_ffmpeg_data_id_program_id_fkey" FOREIGN KEY ("ffmpeg_data_id", "program_id") REFERENCES "ffmpeg_media_program" ("ffmpeg_data_id", "program_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_media_codec" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT,
    "sub_kind" TEXT,
    "tag" TEXT,
    "name" TEXT,
    "profile" TEXT,
    "bit_rate" INTEGER NOT NULL,
    "stream_id" INTEGER NOT NULL,
    "program_id" INTEGER NOT NULL,
    "ffmpeg_data_id" INTEGER NOT NULL,
    CONSTRAINT "ffmpeg_media_codec_ffmpeg_data_id_program_id_stream_id_fkey" FOREIGN KEY ("ffmpeg_data_id", "program_id", "stream_id") REFERENCES "ffmpeg_media_stream" ("ffmpeg_data_id", "program_id", "stream_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_media_video_props" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pixel_format" TEXT,
    "color_range" TEXT,
    "bits_per_channel" INTEGER,
    "color_space" TEXT,
    "color_primaries" TEXT,
    "color_transfer" TEXT,
    "field_order" TEXT,
    "chroma_location" TEXT,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "aspect_ratio_num" INTEGER,
    "aspect_ratio_Den" INTEGER,
    "properties" TEXT,
    "codec_id" INTEGER NOT NULL,
    CONSTRAINT "ffmpeg_media_video_props_codec_id_fkey" FOREIGN KEY ("codec_id") REFERENCES "ffmpeg_media_codec" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ffmpeg_media_audio_props" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "delay" INTEGER NOT NULL,
    "padding" INTEGER NOT NULL,
    "sample_rate" INTEGER,
    "sample_format" TEXT,
    "bit_per_sample" INTEGER,
    "channel_layout" TEXT,
    "codec_id" INTEGER NOT NULL,
    CONSTRAINT "ffmpeg_media_audio_props_codec_id_fkey" FOREIGN KEY ("codec_id") REFERENCES "ffmpeg_media_codec" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "color" TEXT,
    "is_hidden" BOOLEAN,
    "date_created" DATETIME,
    "date_modified" DATETIME
);

-- CreateTable
CREATE TABLE "tag_on_object" (
    "object_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,
    "date_created" DATETIME,
    "device_id" INTEGER,

    PRIMARY KEY ("tag_id", "object_id"),
    CONSTRAINT "tag_on_object_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "tag_on_object_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "tag_on_object_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "label" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "date_created" DATETIME,
    "date_modified" DATETIME
);

-- CreateTable
CREATE TABLE "label_on_object" (
    "date_created" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "object_id" INTEGER NOT NULL,
    "label_id" INTEGER NOT NULL,
    "device_id" INTEGER,

    PRIMARY KEY ("label_id", "object_id"),
    CONSTRAINT "label_on_object_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "label_on_object_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "label" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "label_on_object_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "space" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "date_created" DATETIME,
    "date_modified" DATETIME
);

-- CreateTable
CREATE TABLE "object_in_space" (
    "space_id" INTEGER NOT NULL,
    "object_id" INTEGER NOT NULL,

    PRIMARY KEY ("space_id", "object_id"),
    CONSTRAINT "object_in_space_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "object_in_space_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "job" (
    "id" BLOB NOT NULL PRIMARY KEY,
    "name" TEXT,
    "action" TEXT,
    "status" INTEGER,
    "errors_text" TEXT,
    "critical_error" TEXT,
    "non_critical_errors" BLOB,
    "data" BLOB,
    "metadata" BLOB,
    "parent_id" BLOB,
    "task_count" INTEGER,
    "completed_task_count" INTEGER,
    "info" TEXT,
    "date_estimated_completion" DATETIME,
    "date_created" DATETIME,
    "date_started" DATETIME,
    "date_completed" DATETIME,
    CONSTRAINT "job_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "job" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "album" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "is_hidden" BOOLEAN,
    "date_created" DATETIME,
    "date_modified" DATETIME
);

-- CreateTable
CREATE TABLE "object_in_album" (
    "date_created" DATETIME,
    "album_id" INTEGER NOT NULL,
    "object_id" INTEGER NOT NULL,

    PRIMARY KEY ("album_id", "object_id"),
    CONSTRAINT "object_in_album_album_id_fkey" FOREIGN KEY ("album_id") REFERENCES "album" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "object_in_album_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "object" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "indexer_rule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "name" TEXT,
    "default" BOOLEAN,
    "rules_per_kind" BLOB,
    "date_created" DATETIME,
    "date_modified" DATETIME
);

-- CreateTable
CREATE TABLE "indexer_rule_in_location" (
    "location_id" INTEGER NOT NULL,
    "indexer_rule_id" INTEGER NOT NULL,

    PRIMARY KEY ("location_id", "indexer_rule_id"),
    CONSTRAINT "indexer_rule_in_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "indexer_rule_in_location_indexer_rule_id_fkey" FOREIGN KEY ("indexer_rule_id") REFERENCES "indexer_rule" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "preference" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" BLOB
);

-- CreateTable
CREATE TABLE "notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "read" BOOLEAN NOT NULL DEFAULT false,
    "data" BLOB NOT NULL,
    "expires_at" DATETIME
);

-- CreateTable
CREATE TABLE "saved_search" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pub_id" BLOB NOT NULL,
    "target" TEXT,
    "search" TEXT,
    "filters" TEXT,
    "name" TEXT,
    "icon" TEXT,
    "description" TEXT,
    "date_created" DATETIME,
    "date_modified" DATETIME
);

-- CreateIndex
CREATE INDEX "crdt_operation_timestamp_idx" ON "crdt_operation"("timestamp");

-- CreateIndex
CREATE INDEX "cloud_crdt_operation_timestamp_idx" ON "cloud_crdt_operation"("timestamp");

-- CreateIndex
CREATE UNIQUE INDEX "device_pub_id_key" ON "device"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "instance_pub_id_key" ON "instance"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "volume_pub_id_key" ON "volume"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "volume_device_id_mount_point_name_total_bytes_capacity_file_system_key" ON "volume"("device_id", "mount_point", "name", "total_bytes_capacity", "file_system");

-- CreateIndex
CREATE UNIQUE INDEX "location_pub_id_key" ON "location"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "file_path_pub_id_key" ON "file_path"("pub_id");

-- CreateIndex
CREATE INDEX "file_path_location_id_idx" ON "file_path"("location_id");

-- CreateIndex
CREATE INDEX "file_path_location_id_materialized_path_idx" ON "file_path"("location_id", "materialized_path");

-- CreateIndex
CREATE UNIQUE INDEX "file_path_location_id_materialized_path_name_extension_key" ON "file_path"("location_id", "materialized_path", "name", "extension");

-- CreateIndex
CREATE UNIQUE INDEX "file_path_location_id_inode_key" ON "file_path"("location_id", "inode");

-- CreateIndex
CREATE UNIQUE INDEX "object_pub_id_key" ON "object"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "exif_data_object_id_key" ON "exif_data"("object_id");

-- CreateIndex
CREATE UNIQUE INDEX "ffmpeg_data_object_id_key" ON "ffmpeg_data"("object_id");

-- CreateIndex
CREATE UNIQUE INDEX "ffmpeg_media_codec_ffmpeg_data_id_program_id_stream_id_key" ON "ffmpeg_media_codec"("ffmpeg_data_id", "program_id", "stream_id");

-- CreateIndex
CREATE UNIQUE INDEX "ffmpeg_media_video_props_codec_id_key" ON "ffmpeg_media_video_props"("codec_id");

-- CreateIndex
CREATE UNIQUE INDEX "ffmpeg_media_audio_props_codec_id_key" ON "ffmpeg_media_audio_props"("codec_id");

-- CreateIndex
CREATE UNIQUE INDEX "tag_pub_id_key" ON "tag"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "label_name_key" ON "label"("name");

-- CreateIndex
CREATE UNIQUE INDEX "space_pub_id_key" ON "space"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "album_pub_id_key" ON "album"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "indexer_rule_pub_id_key" ON "indexer_rule"("pub_id");

-- CreateIndex
CREATE UNIQUE INDEX "indexer_rule_name_key" ON "indexer_rule"("name");

-- CreateIndex
CREATE UNIQUE INDEX "saved_search_pub_id_key" ON "saved_search"("pub_id");

