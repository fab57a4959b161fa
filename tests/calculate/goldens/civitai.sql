-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ReferralRewardStatus" AS ENUM ('Pending', 'Settled', 'Redeemed', 'Expired', 'Revoked');

-- CreateEnum
CREATE TYPE "ReferralRewardKind" AS ENUM ('MembershipToken', 'BuzzKickback', 'MilestoneBonus', 'RefereeBonus');

-- CreateEnum
CREATE TYPE "ReferralRedemptionType" AS ENUM ('MembershipPerks');

-- CreateEnum
CREATE TYPE "BuzzWithdrawalRequestStatus" AS ENUM ('Requested', 'Canceled', 'Rejected', 'Approved', 'Reverted', 'Transferred', 'ExternallyResolved');

-- CreateEnum
CREATE TYPE "UserPaymentConfigurationProvider" AS ENUM ('Stripe', 'Tipalti');

-- CreateEnum
CREATE TYPE "CashWithdrawalStatus" AS ENUM ('Paid', 'Rejected', 'Scheduled', 'Submitted', 'Deferred', 'DeferredInternal', 'Canceled', 'Cleared', 'FraudReview', 'PendingPayerFunds', 'InternalValue', 'FailedFee', 'Reclaimed');

-- CreateEnum
CREATE TYPE "CashWithdrawalMethod" AS ENUM ('NoPM', 'WireTransfer', 'Payoneer', 'PayPal', 'ACH', 'Check', 'eCheck', 'HoldMyPayments', 'Custom', 'Intercash', 'Card', 'TipaltiInternalValue');

-- CreateEnum
CREATE TYPE "CryptoTransactionStatus" AS ENUM ('WaitingForRamp', 'RampTimedOut', 'RampFailed', 'RampInProgress', 'RampSuccess', 'WaitingForSweep', 'SweepFailed', 'Complete');

-- CreateEnum
CREATE TYPE "RewardsEligibility" AS ENUM ('Eligible', 'Ineligible', 'Protected');

-- CreateEnum
CREATE TYPE "PaymentProvider" AS ENUM ('Stripe', 'Paddle', 'Civitai');

-- CreateEnum
CREATE TYPE "MembershipGiftStatus" AS ENUM ('Pending', 'Fulfilled', 'Failed', 'Refunded', 'Revoked');

-- CreateEnum
CREATE TYPE "UserEngagementType" AS ENUM ('Follow', 'Hide', 'Block');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('Sponsorship', 'Social', 'Other');

-- CreateEnum
CREATE TYPE "ModelType" AS ENUM ('Checkpoint', 'TextualInversion', 'Hypernetwork', 'AestheticGradient', 'LORA', 'LoCon', 'DoRA', 'Controlnet', 'Upscaler', 'MotionModule', 'VAE', 'TextEncoder', 'UNet', 'CLIPVision', 'Poses', 'Wildcards', 'Workflows', 'ComfyWorkflows', 'Detection', 'VisionLanguage', 'CLIP', 'LLM', 'Other');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('Pending', 'Processing', 'Failed', 'Completed');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('Draft', 'Training', 'Published', 'Scheduled', 'Unpublished', 'UnpublishedViolation', 'GatherInterest', 'Deleted');

-- CreateEnum
CREATE TYPE "TrainingStatus" AS ENUM ('Pending', 'Submitted', 'Paused', 'Denied', 'Processing', 'InReview', 'Failed', 'Approved', 'Expired');

-- CreateEnum
CREATE TYPE "CommercialUse" AS ENUM ('None', 'Image', 'RentCivit', 'Rent', 'Sell');

-- CreateEnum
CREATE TYPE "CheckpointType" AS ENUM ('Trained', 'Merge');

-- CreateEnum
CREATE TYPE "ModelUploadType" AS ENUM ('Created', 'Trained');

-- CreateEnum
CREATE TYPE "ModelUsageControl" AS ENUM ('Download', 'Generation', 'InternalGeneration', 'ExternalGeneration');

-- CreateEnum
CREATE TYPE "ModelModifier" AS ENUM ('Archived', 'TakenDown');

-- CreateEnum
CREATE TYPE "ContentType" AS ENUM ('Image', 'Character', 'Text', 'Audio');

-- CreateEnum
CREATE TYPE "ModelFlagStatus" AS ENUM ('Pending', 'Resolved');

-- CreateEnum
CREATE TYPE "ModelEngagementType" AS ENUM ('Favorite', 'Hide', 'Mute', 'Notify');

-- CreateEnum
CREATE TYPE "ModelVersionSponsorshipSettingsType" AS ENUM ('FixedPrice', 'Bidding');

-- CreateEnum
CREATE TYPE "ModelVersionMonetizationType" AS ENUM ('PaidAccess', 'PaidEarlyAccess', 'PaidGeneration', 'CivitaiClubOnly', 'MySubscribersOnly', 'Sponsored');

-- CreateEnum
CREATE TYPE "LicensingFeeType" AS ENUM ('PerImageBuzz');

-- CreateEnum
CREATE TYPE "LicensingFeeSettlementCurrency" AS ENUM ('Buzz', 'Cash');

-- CreateEnum
CREATE TYPE "ModelVersionEngagementType" AS ENUM ('Notify');

-- CreateEnum
CREATE TYPE "ModelHashType" AS ENUM ('AutoV1', 'AutoV2', 'AutoV3', 'SHA256', 'CRC32', 'BLAKE3');

-- CreateEnum
CREATE TYPE "ScanResultCode" AS ENUM ('Pending', 'Success', 'Danger', 'Error');

-- CreateEnum
CREATE TYPE "ModelFileVisibility" AS ENUM ('Sensitive', 'Private', 'Public');

-- CreateEnum
CREATE TYPE "MetricTimeframe" AS ENUM ('Day', 'Week', 'Month', 'Year', 'AllTime');

-- CreateEnum
CREATE TYPE "AssociationType" AS ENUM ('Suggested');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('TOSViolation', 'NSFW', 'Ownership', 'AdminAttention', 'Claim', 'CSAM', 'Automated', 'Spam', 'StickerPlacement');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('Pending', 'Processing', 'Actioned', 'Unactioned');

-- CreateEnum
CREATE TYPE "ReviewReactions" AS ENUM ('Like', 'Dislike', 'Laugh', 'Cry', 'Heart');

-- CreateEnum
CREATE TYPE "ImageGenerationProcess" AS ENUM ('txt2img', 'txt2imgHiRes', 'img2img', 'inpainting');

-- CreateEnum
CREATE TYPE "NsfwLevel" AS ENUM ('None', 'Soft', 'Mature', 'X', 'Blocked');

-- CreateEnum
CREATE TYPE "ImageIngestionStatus" AS ENUM ('Pending', 'Scanned', 'Error', 'Blocked', 'NotFound', 'PendingManualAssignment', 'Rescan');

-- CreateEnum
CREATE TYPE "MediaType" AS ENUM ('image', 'video', 'audio');

-- CreateEnum
CREATE TYPE "BlockImageReason" AS ENUM ('Ownership', 'CSAM', 'TOS');

-- CreateEnum
CREATE TYPE "EntityModerationStatus" AS ENUM ('Pending', 'Succeeded', 'Failed', 'Expired', 'Canceled');

-- CreateEnum
CREATE TYPE "ImageEngagementType" AS ENUM ('Favorite', 'Hide');

-- CreateEnum
CREATE TYPE "ImageOnModelType" AS ENUM ('Example', 'Training');

-- CreateEnum
CREATE TYPE "TagTarget" AS ENUM ('Model', 'Question', 'Image', 'Post', 'Tag', 'Article', 'Bounty', 'Collection', 'Model3D');

-- CreateEnum
CREATE TYPE "TagType" AS ENUM ('UserGenerated', 'Label', 'Moderation', 'System');

-- CreateEnum
CREATE TYPE "TagsOnTagsType" AS ENUM ('Parent', 'Replace', 'Append');

-- CreateEnum
CREATE TYPE "TagSource" AS ENUM ('User', 'Rekognition', 'WD14', 'Computed', 'ImageHash', 'Hive', 'MinorDetection', 'HiveDemographics', 'Clavata', 'SpineRating', 'AiRecognition', 'AnimeRecognition');

-- CreateEnum
CREATE TYPE "PartnerPricingModel" AS ENUM ('Duration', 'PerImage');

-- CreateEnum
CREATE TYPE "ApiKeyType" AS ENUM ('System', 'User', 'Access', 'Refresh');

-- CreateEnum
CREATE TYPE "TagEngagementType" AS ENUM ('Hide', 'Follow', 'Allow');

-- CreateEnum
CREATE TYPE "DomainColor" AS ENUM ('red', 'green', 'blue', 'all');

-- CreateEnum
CREATE TYPE "CosmeticType" AS ENUM ('Badge', 'NamePlate', 'ContentDecoration', 'ProfileDecoration', 'ProfileBackground', 'Sticker');

-- CreateEnum
CREATE TYPE "CosmeticSource" AS ENUM ('Trophy', 'Purchase', 'Event', 'Membership', 'Claim');

-- CreateEnum
CREATE TYPE "CosmeticShopItemStatus" AS ENUM ('Draft', 'PendingReview', 'Published', 'Rejected', 'RequestedChanges', 'Archived');

-- CreateEnum
CREATE TYPE "CosmeticEntity" AS ENUM ('Model', 'Image', 'Article', 'Post', 'Model3D');

-- CreateEnum
CREATE TYPE "BuzzAccountType" AS ENUM ('user', 'generation', 'club', 'green', 'fakered');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('Draft', 'Published', 'Unpublished', 'UnpublishedViolation', 'Processing');

-- CreateEnum
CREATE TYPE "ArticleIngestionStatus" AS ENUM ('Pending', 'Scanned', 'Blocked', 'Error', 'Rescan');

-- CreateEnum
CREATE TYPE "ArticleEngagementType" AS ENUM ('Favorite', 'Hide');

-- CreateEnum
CREATE TYPE "GenerationSchedulers" AS ENUM ('EulerA', 'Euler', 'LMS', 'Heun', 'DPM2', 'DPM2A', 'DPM2SA', 'DPM2M', 'DPMSDE', 'DPMFast', 'DPMAdaptive', 'LMSKarras', 'DPM2Karras', 'DPM2AKarras', 'DPM2SAKarras', 'DPM2MKarras', 'DPMSDEKarras', 'DDIM');

-- CreateEnum
CREATE TYPE "CollectionWriteConfiguration" AS ENUM ('Private', 'Public', 'Review');

-- CreateEnum
CREATE TYPE "CollectionReadConfiguration" AS ENUM ('Private', 'Public', 'Unlisted');

-- CreateEnum
CREATE TYPE "CollectionType" AS ENUM ('Model', 'Article', 'Post', 'Image', 'Model3D');

-- CreateEnum
CREATE TYPE "CollectionMode" AS ENUM ('Contest', 'Bookmark');

-- CreateEnum
CREATE TYPE "CollectionItemStatus" AS ENUM ('ACCEPTED', 'REVIEW', 'REJECTED');

-- CreateEnum
CREATE TYPE "CollectionContributorPermission" AS ENUM ('VIEW', 'ADD', 'ADD_REVIEW', 'MANAGE');

-- CreateEnum
CREATE TYPE "HomeBlockType" AS ENUM ('Collection', 'Announcement', 'Leaderboard', 'Social', 'Event', 'CosmeticShop', 'FeaturedModelVersion', 'FeaturedCollections', 'Feed');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('USD', 'BUZZ', 'USDC');

-- CreateEnum
CREATE TYPE "BountyType" AS ENUM ('ModelCreation', 'LoraCreation', 'EmbedCreation', 'DataSetCreation', 'DataSetCaption', 'ImageCreation', 'VideoCreation', 'Other');

-- CreateEnum
CREATE TYPE "BountyMode" AS ENUM ('Individual', 'Split');

-- CreateEnum
CREATE TYPE "BountyEntryMode" AS ENUM ('Open', 'BenefactorsOnly');

-- CreateEnum
CREATE TYPE "BountyEngagementType" AS ENUM ('Favorite', 'Track');

-- CreateEnum
CREATE TYPE "CsamReportType" AS ENUM ('Image', 'TrainingData', 'GeneratedImage', 'ExternalLink');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('Public', 'Unsearchable', 'Private', 'EarlyAccess');

-- CreateEnum
CREATE TYPE "PaidAccessEntityType" AS ENUM ('ModelVersion', 'ComicChapter');

-- CreateEnum
CREATE TYPE "EntityCollaboratorStatus" AS ENUM ('Pending', 'Approved', 'Rejected');

-- CreateEnum
CREATE TYPE "ClubAdminPermission" AS ENUM ('ManageMemberships', 'ManageTiers', 'ManagePosts', 'ManageClub', 'ManageResources', 'ViewRevenue', 'WithdrawRevenue');

-- CreateEnum
CREATE TYPE "ChatMemberStatus" AS ENUM ('Invited', 'Joined', 'Ignored', 'Left', 'Kicked');

-- CreateEnum
CREATE TYPE "ChatMessageType" AS ENUM ('Markdown', 'Image', 'Video', 'Audio', 'Embed');

-- CreateEnum
CREATE TYPE "PurchasableRewardUsage" AS ENUM ('SingleUse', 'MultiUse');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('Image', 'Post', 'Article', 'Bounty', 'BountyEntry', 'ModelVersion', 'Model', 'Collection', 'Comment', 'CommentV2', 'User', 'UserProfile', 'ResourceReview', 'ChatMessage', 'Model3D');

-- CreateEnum
CREATE TYPE "JobQueueType" AS ENUM ('CleanUp', 'UpdateMetrics', 'UpdateNsfwLevel', 'UpdateSearchIndex', 'CleanIfEmpty', 'ModerationRequest', 'BlockedImageDelete', 'ImageScan');

-- CreateEnum
CREATE TYPE "VaultItemStatus" AS ENUM ('Pending', 'Stored', 'Failed');

-- CreateEnum
CREATE TYPE "RedeemableCodeType" AS ENUM ('Buzz', 'Membership');

-- CreateEnum
CREATE TYPE "ToolType" AS ENUM ('Image', 'Video', 'MotionCapture', 'Upscalers', 'Audio', 'Compute', 'GameEngines', 'Editor', 'LLM');

-- CreateEnum
CREATE TYPE "TechniqueType" AS ENUM ('Image', 'Video');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('Pending', 'Approved', 'Rejected');

-- CreateEnum
CREATE TYPE "AuctionType" AS ENUM ('Model', 'Image', 'Collection', 'Article');

-- CreateEnum
CREATE TYPE "ModerationRuleAction" AS ENUM ('Approve', 'Block', 'Hold');

-- CreateEnum
CREATE TYPE "ChangelogType" AS ENUM ('Feature', 'Bugfix', 'Policy', 'Update', 'Incident');

-- CreateEnum
CREATE TYPE "NewOrderRankType" AS ENUM ('Acolyte', 'Knight', 'Templar');

-- CreateEnum
CREATE TYPE "ChallengeSource" AS ENUM ('System', 'Mod', 'User');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('Scheduled', 'Active', 'Completing', 'Completed', 'Cancelled');

-- CreateEnum
CREATE TYPE "PrizeMode" AS ENUM ('Fixed', 'Dynamic');

-- CreateEnum
CREATE TYPE "PoolTrigger" AS ENUM ('Entry', 'User');

-- CreateEnum
CREATE TYPE "ChallengeReviewCostType" AS ENUM ('None', 'PerEntry', 'Flat');

-- CreateEnum
CREATE TYPE "ChallengeIngestionStatus" AS ENUM ('Pending', 'Scanned', 'Blocked', 'Error');

-- CreateEnum
CREATE TYPE "ChallengeEngagementType" AS ENUM ('Notify');

-- CreateEnum
CREATE TYPE "EntityMetric_EntityType_Type" AS ENUM ('Image');

-- CreateEnum
CREATE TYPE "EntityMetric_MetricType_Type" AS ENUM ('ReactionLike', 'ReactionHeart', 'ReactionLaugh', 'ReactionCry', 'Comment', 'Collection', 'Buzz');

-- CreateEnum
CREATE TYPE "ComicProjectStatus" AS ENUM ('Active', 'Deleted');

-- CreateEnum
CREATE TYPE "ComicReferenceStatus" AS ENUM ('Pending', 'Ready', 'Failed');

-- CreateEnum
CREATE TYPE "ComicPanelStatus" AS ENUM ('Pending', 'Enqueued', 'Generating', 'AwaitingSelection', 'RequireUnlock', 'Ready', 'Failed');

-- CreateEnum
CREATE TYPE "ComicChapterStatus" AS ENUM ('Draft', 'Published', 'Scheduled');

-- CreateEnum
CREATE TYPE "ComicReferenceType" AS ENUM ('Character', 'Location', 'Item', 'Style');

-- CreateEnum
CREATE TYPE "ComicEngagementType" AS ENUM ('None', 'Notify', 'Hide');

-- CreateEnum
CREATE TYPE "ComicGenre" AS ENUM ('Action', 'Adventure', 'Comedy', 'Drama', 'Fantasy', 'Horror', 'Mystery', 'Romance', 'SciFi', 'SliceOfLife', 'Thriller', 'Other');

-- CreateEnum
CREATE TYPE "UserRestrictionStatus" AS ENUM ('Pending', 'Upheld', 'Overturned');

-- CreateEnum
CREATE TYPE "StrikeReason" AS ENUM ('BlockedContent', 'RealisticMinorContent', 'CSAMContent', 'TOSViolation', 'HarassmentContent', 'ProhibitedContent', 'ManualModAction');

-- CreateEnum
CREATE TYPE "StrikeStatus" AS ENUM ('Active', 'Expired', 'Voided');

-- CreateEnum
CREATE TYPE "WildcardSetKind" AS ENUM ('System', 'User');

-- CreateEnum
CREATE TYPE "WildcardSetAuditStatus" AS ENUM ('Pending', 'Clean', 'Mixed', 'Dirty');

-- CreateEnum
CREATE TYPE "WildcardSetCategoryAuditStatus" AS ENUM ('Pending', 'Clean', 'Dirty');

-- CreateEnum
CREATE TYPE "ReviewVerdict" AS ENUM ('TruePositive', 'FalsePositive', 'TrueNegative', 'FalseNegative', 'Unsure');

-- CreateEnum
CREATE TYPE "Model3DStatus" AS ENUM ('Draft', 'Published', 'Unpublished', 'Deleted');

-- CreateEnum
CREATE TYPE "Model3DEngagementType" AS ENUM ('Favorite', 'Hide', 'Notify');

-- CreateEnum
CREATE TYPE "ShopifyMerchOrderStatus" AS ENUM ('Pending', 'Granted');

-- CreateEnum
CREATE TYPE "OutboxEntity" AS ENUM ('Article', 'Image', 'Model', 'Post', 'ModelVersion');

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionInvalidation" (
    "userId" INTEGER NOT NULL,
    "invalidatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionInvalidation_pkey" PRIMARY KEY ("userId","invalidatedAt")
);

-- CreateTable
CREATE TABLE "UserReferral" (
    "id" SERIAL NOT NULL,
    "userReferralCodeId" INTEGER,
    "source" TEXT,
    "landingPage" TEXT,
    "loginRedirectReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER NOT NULL,
    "note" TEXT,
    "firstPaidAt" TIMESTAMP(3),
    "paidMonthCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UserReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserReferralCode" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "note" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserReferralCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralReward" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "refereeId" INTEGER,
    "kind" "ReferralRewardKind" NOT NULL,
    "status" "ReferralRewardStatus" NOT NULL DEFAULT 'Pending',
    "tokenAmount" INTEGER NOT NULL DEFAULT 0,
    "buzzAmount" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "tierGranted" TEXT,
    "sourceEventId" TEXT NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "earnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" TIMESTAMP(3),
    "redeemedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "ReferralReward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralMilestone" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "bonusAmount" INTEGER NOT NULL,
    "awardedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralRedemption" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokensSpent" INTEGER NOT NULL,
    "rewardType" "ReferralRedemptionType" NOT NULL DEFAULT 'MembershipPerks',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralAttribution" (
    "id" SERIAL NOT NULL,
    "referralCodeId" INTEGER NOT NULL,
    "refereeId" INTEGER NOT NULL,
    "eventType" TEXT NOT NULL,
    "sourceEventId" TEXT,
    "tier" TEXT,
    "amount" INTEGER,
    "paymentProvider" TEXT,
    "stripePaymentIntentId" TEXT,
    "stripeInvoiceId" TEXT,
    "stripeChargeId" TEXT,
    "paymentMethodFingerprint" TEXT,
    "ipAddress" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralAttribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPaymentConfiguration" (
    "userId" INTEGER NOT NULL,
    "tipaltiAccountId" TEXT,
    "tipaltiAccountStatus" TEXT NOT NULL DEFAULT 'PendingOnboarding',
    "tipaltiPaymentsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "tipaltiWithdrawalMethod" "CashWithdrawalMethod",
    "stripeAccountId" TEXT,
    "stripeAccountStatus" TEXT NOT NULL DEFAULT 'PendingOnboarding',
    "stripePaymentsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "meta" JSONB NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "BuzzWithdrawalRequestHistory" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "updatedById" INTEGER NOT NULL,
    "status" "BuzzWithdrawalRequestStatus" NOT NULL DEFAULT 'Requested',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "metadata" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "BuzzWithdrawalRequestHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuzzWithdrawalRequest" (
    "id" TEXT NOT NULL,
    "userId" INTEGER,
    "requestedToProvider" "UserPaymentConfigurationProvider" NOT NULL DEFAULT 'Stripe',
    "requestedToId" TEXT NOT NULL,
    "buzzWithdrawalTransactionId" TEXT NOT NULL,
    "requestedBuzzAmount" INTEGER NOT NULL,
    "platformFeeRate" INTEGER NOT NULL,
    "transferredAmount" INTEGER,
    "transferId" TEXT,
    "currency" "Currency",
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "status" "BuzzWithdrawalRequestStatus" NOT NULL DEFAULT 'Requested',

    CONSTRAINT "BuzzWithdrawalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CashWithdrawal" (
    "id" TEXT NOT NULL,
    "transactionId" TEXT,
    "userId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "method" "CashWithdrawalMethod" NOT NULL,
    "fee" INTEGER NOT NULL,
    "status" "CashWithdrawalStatus" NOT NULL,
    "note" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "CashWithdrawal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CryptoWallet" (
    "userId" INTEGER NOT NULL,
    "chain" TEXT NOT NULL DEFAULT 'evm',
    "wallet" TEXT NOT NULL,
    "smartAccount" TEXT,
    "payCurrency" TEXT NOT NULL DEFAULT 'usdcbase',

    CONSTRAINT "CryptoWallet_pkey" PRIMARY KEY ("userId","chain")
);

-- CreateTable
CREATE TABLE "CryptoDeposit" (
    "paymentId" BIGINT NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "payCurrency" TEXT NOT NULL,
    "payAmount" DOUBLE PRECISION,
    "outcomeAmount" DOUBLE PRECISION,
    "buzzCredited" INTEGER,
    "bonusBuzz" INTEGER,
    "multiplier" INTEGER,
    "depositFee" DOUBLE PRECISION,
    "serviceFee" DOUBLE PRECISION,
    "feeCurrency" TEXT,
    "paidFiat" DOUBLE PRECISION,
    "chain" TEXT,
    "retryCount" INTEGER NOT NULL DEFAULT 0,
    "stuckNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CryptoDeposit_pkey" PRIMARY KEY ("paymentId")
);

-- CreateTable
CREATE TABLE "CryptoTransaction" (
    "key" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "CryptoTransactionStatus" NOT NULL DEFAULT 'WaitingForRamp',
    "amount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL DEFAULT 'USDC',
    "sweepTxHash" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CryptoTransaction_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "name" TEXT,
    "username" CITEXT,
    "email" CITEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "showNsfw" BOOLEAN NOT NULL DEFAULT false,
    "blurNsfw" BOOLEAN NOT NULL DEFAULT true,
    "browsingLevel" INTEGER NOT NULL DEFAULT 1,
    "onboarding" INTEGER NOT NULL DEFAULT 0,
    "flags" INTEGER NOT NULL DEFAULT 0,
    "isModerator" BOOLEAN DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "mutedAt" TIMESTAMP(3),
    "muted" BOOLEAN NOT NULL DEFAULT false,
    "muteExpiresAt" TIMESTAMP(3),
    "bannedAt" TIMESTAMP(3),
    "autoplayGifs" BOOLEAN DEFAULT true,
    "filePreferences" JSONB NOT NULL DEFAULT '{"size": "pruned", "fp": "fp16", "format": "SafeTensor"}',
    "meta" JSONB DEFAULT '{}',
    "leaderboardShowcase" TEXT,
    "excludeFromLeaderboards" BOOLEAN NOT NULL DEFAULT false,
    "rewardsEligibility" "RewardsEligibility" NOT NULL DEFAULT 'Eligible',
    "eligibilityChangedAt" TIMESTAMP(3),
    "customerId" TEXT,
    "paddleCustomerId" TEXT,
    "profilePictureId" INTEGER,
    "settings" JSONB DEFAULT '{}',
    "publicSettings" JSONB DEFAULT '{}',

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerSubscription" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "buzzType" TEXT NOT NULL DEFAULT 'yellow',
    "metadata" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "priceId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "cancelAtPeriodEnd" BOOLEAN NOT NULL,
    "cancelAt" TIMESTAMP(3),
    "canceledAt" TIMESTAMP(3),
    "currentPeriodStart" TIMESTAMP(3) NOT NULL,
    "currentPeriodEnd" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "CustomerSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipGift" (
    "id" TEXT NOT NULL,
    "gifterId" INTEGER NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "tier" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "MembershipGiftStatus" NOT NULL DEFAULT 'Pending',
    "message" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "stripeCheckoutSessionId" TEXT,
    "stripePaymentIntentId" TEXT,
    "stripeCouponId" TEXT,
    "stripeSubscriptionId" TEXT,
    "fulfilledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MembershipGift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "metadata" JSONB NOT NULL,
    "defaultPriceId" TEXT,
    "provider" "PaymentProvider" NOT NULL DEFAULT 'Stripe',

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "currency" TEXT NOT NULL,
    "description" TEXT,
    "type" TEXT NOT NULL,
    "unitAmount" INTEGER,
    "interval" TEXT,
    "intervalCount" INTEGER,
    "metadata" JSONB NOT NULL,
    "provider" "PaymentProvider" NOT NULL DEFAULT 'Stripe',

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Purchase" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "productId" TEXT,
    "priceId" TEXT,
    "status" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Purchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserEngagement" (
    "userId" INTEGER NOT NULL,
    "targetUserId" INTEGER NOT NULL,
    "type" "UserEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserEngagement_pkey" PRIMARY KEY ("userId","targetUserId")
);

-- CreateTable
CREATE TABLE "UserMetric" (
    "userId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "followingCount" INTEGER NOT NULL DEFAULT 0,
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "reactionCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenCount" INTEGER NOT NULL DEFAULT 0,
    "uploadCount" INTEGER NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "answerAcceptCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserMetric_pkey" PRIMARY KEY ("userId","timeframe")
);

-- CreateTable
CREATE TABLE "UserLink" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,

    CONSTRAINT "UserLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Import" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'Pending',
    "data" JSONB,
    "parentId" INTEGER,
    "importId" INTEGER,

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model" (
    "id" SERIAL NOT NULL,
    "name" CITEXT NOT NULL,
    "description" TEXT,
    "type" "ModelType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastVersionAt" TIMESTAMP(3),
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "userId" INTEGER NOT NULL,
    "status" "ModelStatus" NOT NULL DEFAULT 'Draft',
    "publishedAt" TIMESTAMP(3),
    "fromImportId" INTEGER,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMP(3),
    "deletedBy" INTEGER,
    "checkpointType" "CheckpointType",
    "uploadType" "ModelUploadType" NOT NULL DEFAULT 'Created',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "underAttack" BOOLEAN NOT NULL DEFAULT false,
    "mode" "ModelModifier",
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "gallerySettings" JSONB NOT NULL DEFAULT '{"users": [], "tags": [], "images": []}',
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "lockedProperties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "scannedAt" TIMESTAMP(3),
    "sfwOnly" BOOLEAN NOT NULL DEFAULT false,
    "isOfficial" BOOLEAN NOT NULL DEFAULT false,
    "allowNoCredit" BOOLEAN NOT NULL DEFAULT true,
    "allowCommercialUse" "CommercialUse"[] DEFAULT ARRAY['Sell']::"CommercialUse"[],
    "allowDerivatives" BOOLEAN NOT NULL DEFAULT true,
    "allowDifferentLicense" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelFlag" (
    "modelId" INTEGER NOT NULL,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "sfwOnly" BOOLEAN NOT NULL DEFAULT false,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "triggerWords" BOOLEAN NOT NULL DEFAULT false,
    "poiName" BOOLEAN NOT NULL DEFAULT false,
    "status" "ModelFlagStatus" NOT NULL DEFAULT 'Pending',
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelFlag_pkey" PRIMARY KEY ("modelId")
);

-- CreateTable
CREATE TABLE "License" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "License_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelInterest" (
    "userId" INTEGER NOT NULL,
    "modelId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelInterest_pkey" PRIMARY KEY ("userId","modelId")
);

-- CreateTable
CREATE TABLE "ModelEngagement" (
    "userId" INTEGER NOT NULL,
    "modelId" INTEGER NOT NULL,
    "type" "ModelEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelEngagement_pkey" PRIMARY KEY ("userId","modelId")
);

-- CreateTable
CREATE TABLE "ModelVersionSponsorshipSettings" (
    "id" SERIAL NOT NULL,
    "modelVersionMonetizationId" INTEGER NOT NULL,
    "type" "ModelVersionSponsorshipSettingsType" NOT NULL DEFAULT 'FixedPrice',
    "currency" "Currency" NOT NULL DEFAULT 'BUZZ',
    "unitAmount" INTEGER NOT NULL,

    CONSTRAINT "ModelVersionSponsorshipSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersionMonetization" (
    "id" SERIAL NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "type" "ModelVersionMonetizationType" NOT NULL DEFAULT 'PaidAccess',
    "currency" "Currency" NOT NULL DEFAULT 'BUZZ',
    "unitAmount" INTEGER,

    CONSTRAINT "ModelVersionMonetization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" SERIAL NOT NULL,
    "index" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "modelId" INTEGER NOT NULL,
    "trainedWords" TEXT[],
    "steps" INTEGER,
    "epochs" INTEGER,
    "clipSkip" INTEGER,
    "vaeId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "initialPublishedAt" TIMESTAMP(3),
    "status" "ModelStatus" NOT NULL DEFAULT 'Draft',
    "trainingStatus" "TrainingStatus",
    "trainingDetails" JSONB,
    "fromImportId" INTEGER,
    "inaccurate" BOOLEAN NOT NULL DEFAULT false,
    "baseModel" TEXT NOT NULL,
    "baseModelType" TEXT NOT NULL DEFAULT 'Standard',
    "meta" JSONB NOT NULL DEFAULT '{}',
    "requireAuth" BOOLEAN NOT NULL DEFAULT false,
    "settings" JSONB,
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "uploadType" "ModelUploadType" NOT NULL DEFAULT 'Created',
    "usageControl" "ModelUsageControl" NOT NULL DEFAULT 'Download',
    "earlyAccessTimeFrame" INTEGER NOT NULL DEFAULT 0,
    "flags" INTEGER NOT NULL DEFAULT 0,
    "licensingFee" DECIMAL(10,2),
    "licensingFeeType" "LicensingFeeType" DEFAULT 'PerImageBuzz',
    "licensingFeeSettlementCurrency" "LicensingFeeSettlementCurrency" DEFAULT 'Buzz',
    "licensingSourceVersionId" INTEGER,

    CONSTRAINT "ModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicensingRoot" (
    "id" SERIAL NOT NULL,
    "baseModel" TEXT NOT NULL,
    "modelType" "ModelType" NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicensingRoot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersionEngagement" (
    "userId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "type" "ModelVersionEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelVersionEngagement_pkey" PRIMARY KEY ("userId","modelVersionId")
);

-- CreateTable
CREATE TABLE "RecommendedResource" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "sourceId" INTEGER,
    "settings" JSONB,

    CONSTRAINT "RecommendedResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelFileHash" (
    "fileId" INTEGER NOT NULL,
    "type" "ModelHashType" NOT NULL,
    "hash" CITEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelFileHash_pkey" PRIMARY KEY ("fileId","type")
);

-- CreateTable
CREATE TABLE "ModelFile" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "overrideName" TEXT,
    "url" TEXT NOT NULL,
    "sizeKB" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL DEFAULT 'Model',
    "modelVersionId" INTEGER NOT NULL,
    "pickleScanResult" "ScanResultCode" NOT NULL DEFAULT 'Pending',
    "exists" BOOLEAN,
    "pickleScanMessage" TEXT,
    "virusScanResult" "ScanResultCode" NOT NULL DEFAULT 'Pending',
    "virusScanMessage" TEXT,
    "scannedAt" TIMESTAMP(3),
    "scanRequestedAt" TIMESTAMP(3),
    "rawScanResult" JSONB,
    "metadata" JSONB,
    "headerData" JSONB,
    "visibility" "ModelFileVisibility" NOT NULL DEFAULT 'Public',
    "dataPurged" BOOLEAN NOT NULL DEFAULT false,
    "replacedAt" TIMESTAMP(3),

    CONSTRAINT "ModelFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "sizeKB" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entityId" INTEGER NOT NULL,
    "entityType" TEXT NOT NULL,
    "metadata" JSONB,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelMetric" (
    "modelId" INTEGER NOT NULL,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "collectedCount" INTEGER NOT NULL DEFAULT 0,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "tippedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCount" INTEGER NOT NULL DEFAULT 0,
    "generationCount" INTEGER NOT NULL DEFAULT 0,
    "thumbsUpCount" INTEGER NOT NULL DEFAULT 0,
    "thumbsDownCount" INTEGER NOT NULL DEFAULT 0,
    "earnedAmount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "userId" INTEGER NOT NULL DEFAULT 0,
    "lastVersionAt" TIMESTAMP(3),
    "mode" "ModelModifier",
    "status" "ModelStatus" NOT NULL DEFAULT 'Draft',
    "availability" "Availability" NOT NULL DEFAULT 'Public',

    CONSTRAINT "ModelMetric_pkey" PRIMARY KEY ("modelId")
);

-- CreateTable
CREATE TABLE "ModelVersionMetric" (
    "modelVersionId" INTEGER NOT NULL,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "collectedCount" INTEGER NOT NULL DEFAULT 0,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "tippedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCount" INTEGER NOT NULL DEFAULT 0,
    "generationCount" INTEGER NOT NULL DEFAULT 0,
    "thumbsUpCount" INTEGER NOT NULL DEFAULT 0,
    "thumbsDownCount" INTEGER NOT NULL DEFAULT 0,
    "earnedAmount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelVersionMetric_pkey" PRIMARY KEY ("modelVersionId")
);

-- CreateTable
CREATE TABLE "ModelBaseModelMetric" (
    "modelId" INTEGER NOT NULL,
    "baseModel" TEXT NOT NULL,
    "thumbsUpCount" INTEGER NOT NULL DEFAULT 0,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "status" "ModelStatus" NOT NULL DEFAULT 'Draft',
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "mode" "ModelModifier",
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelBaseModelMetric_pkey" PRIMARY KEY ("modelId","baseModel")
);

-- CreateTable
CREATE TABLE "ModelMetricDaily" (
    "modelId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ModelMetricDaily_pkey" PRIMARY KEY ("modelId","modelVersionId","type","date")
);

-- CreateTable
CREATE TABLE "ModelAssociations" (
    "id" SERIAL NOT NULL,
    "fromModelId" INTEGER NOT NULL,
    "toModelId" INTEGER,
    "toArticleId" INTEGER,
    "associatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "AssociationType" NOT NULL,
    "index" INTEGER,

    CONSTRAINT "ModelAssociations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DownloadHistory" (
    "userId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "downloadAt" TIMESTAMP(3) NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DownloadHistory_pkey" PRIMARY KEY ("userId","modelVersionId")
);

-- CreateTable
CREATE TABLE "ModActivity" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "activity" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "details" JSONB,
    "internalNotes" TEXT,
    "previouslyReviewedCount" INTEGER NOT NULL DEFAULT 0,
    "alsoReportedBy" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "status" "ReportStatus" NOT NULL,
    "statusSetAt" TIMESTAMP(3),
    "statusSetBy" INTEGER,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceReviewReport" (
    "resourceReviewId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ResourceReviewReport_pkey" PRIMARY KEY ("reportId","resourceReviewId")
);

-- CreateTable
CREATE TABLE "ModelReport" (
    "modelId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ModelReport_pkey" PRIMARY KEY ("reportId","modelId")
);

-- CreateTable
CREATE TABLE "CommentReport" (
    "commentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "CommentReport_pkey" PRIMARY KEY ("reportId","commentId")
);

-- CreateTable
CREATE TABLE "CommentV2Report" (
    "commentV2Id" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "CommentV2Report_pkey" PRIMARY KEY ("reportId","commentV2Id")
);

-- CreateTable
CREATE TABLE "ImageReport" (
    "imageId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ImageReport_pkey" PRIMARY KEY ("reportId","imageId")
);

-- CreateTable
CREATE TABLE "ArticleReport" (
    "articleId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ArticleReport_pkey" PRIMARY KEY ("reportId","articleId")
);

-- CreateTable
CREATE TABLE "PostReport" (
    "postId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "PostReport_pkey" PRIMARY KEY ("reportId","postId")
);

-- CreateTable
CREATE TABLE "UserReport" (
    "userId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "UserReport_pkey" PRIMARY KEY ("reportId","userId")
);

-- CreateTable
CREATE TABLE "CollectionReport" (
    "collectionId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "CollectionReport_pkey" PRIMARY KEY ("reportId","collectionId")
);

-- CreateTable
CREATE TABLE "BountyReport" (
    "bountyId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "BountyReport_pkey" PRIMARY KEY ("reportId","bountyId")
);

-- CreateTable
CREATE TABLE "BountyEntryReport" (
    "bountyEntryId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "BountyEntryReport_pkey" PRIMARY KEY ("reportId","bountyEntryId")
);

-- CreateTable
CREATE TABLE "ChatReport" (
    "chatId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ChatReport_pkey" PRIMARY KEY ("reportId","chatId")
);

-- CreateTable
CREATE TABLE "ComicProjectReport" (
    "comicProjectId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ComicProjectReport_pkey" PRIMARY KEY ("reportId","comicProjectId")
);

-- CreateTable
CREATE TABLE "ResourceReview" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "recommended" BOOLEAN NOT NULL DEFAULT true,
    "details" TEXT,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "exclude" BOOLEAN NOT NULL DEFAULT false,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,

    CONSTRAINT "ResourceReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceReviewReaction" (
    "id" SERIAL NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResourceReviewReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT,
    "detail" TEXT,
    "userId" INTEGER NOT NULL,
    "modelVersionId" INTEGER,
    "model3dId" INTEGER,
    "model3dReviewId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "metadata" JSONB,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "collectionId" INTEGER,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostMetric" (
    "postId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "dislikeCount" INTEGER NOT NULL DEFAULT 0,
    "laughCount" INTEGER NOT NULL DEFAULT 0,
    "cryCount" INTEGER NOT NULL DEFAULT 0,
    "heartCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "collectedCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ageGroup" "MetricTimeframe" NOT NULL DEFAULT 'Day',

    CONSTRAINT "PostMetric_pkey" PRIMARY KEY ("postId","timeframe")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" SERIAL NOT NULL,
    "pHash" BIGINT,
    "name" TEXT,
    "url" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "meta" JSONB,
    "hash" TEXT,
    "height" INTEGER,
    "width" INTEGER,
    "type" "MediaType" NOT NULL DEFAULT 'image',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "nsfw" "NsfwLevel" NOT NULL DEFAULT 'None',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "nsfwLevelLocked" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "analysis" JSONB,
    "generationProcess" "ImageGenerationProcess",
    "featuredAt" TIMESTAMP(3),
    "postId" INTEGER,
    "needsReview" TEXT,
    "hideMeta" BOOLEAN NOT NULL DEFAULT false,
    "index" INTEGER,
    "scannedAt" TIMESTAMP(3),
    "scanRequestedAt" TIMESTAMP(3),
    "mimeType" TEXT,
    "sizeKB" INTEGER,
    "ingestion" "ImageIngestionStatus" NOT NULL DEFAULT 'Pending',
    "blockedFor" TEXT,
    "scanJobs" JSONB,
    "sortAt" TIMESTAMP(3) NOT NULL,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "acceptableMinor" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageTagForReview" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    CONSTRAINT "ImageTagForReview_pkey" PRIMARY KEY ("imageId","tagId")
);

-- CreateTable
CREATE TABLE "ImageFlag" (
    "imageId" INTEGER NOT NULL,
    "promptNsfw" BOOLEAN NOT NULL DEFAULT false,
    "resourcesNsfw" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImageFlag_pkey" PRIMARY KEY ("imageId")
);

-- CreateTable
CREATE TABLE "BlockedImage" (
    "hash" BIGINT NOT NULL,
    "reason" "BlockImageReason" NOT NULL DEFAULT 'Ownership',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlockedImage_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "ImageConnection" (
    "imageId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "entityType" TEXT NOT NULL,

    CONSTRAINT "ImageConnection_pkey" PRIMARY KEY ("imageId","entityType","entityId")
);

-- CreateTable
CREATE TABLE "EntityModeration" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "workflowId" TEXT,
    "status" "EntityModerationStatus" NOT NULL DEFAULT 'Pending',
    "retryCount" INTEGER NOT NULL DEFAULT 0,
    "blocked" BOOLEAN,
    "triggeredLabels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "result" JSONB,
    "contentHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntityModeration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageEngagement" (
    "userId" INTEGER NOT NULL,
    "imageId" INTEGER NOT NULL,
    "type" "ImageEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImageEngagement_pkey" PRIMARY KEY ("userId","imageId")
);

-- CreateTable
CREATE TABLE "ImageResource" (
    "id" SERIAL NOT NULL,
    "modelVersionId" INTEGER,
    "name" TEXT,
    "hash" TEXT,
    "imageId" INTEGER NOT NULL,
    "strength" INTEGER,
    "detected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImageResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageResourceNew" (
    "imageId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "strength" INTEGER,
    "detected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImageResourceNew_pkey" PRIMARY KEY ("imageId","modelVersionId")
);

-- CreateTable
CREATE TABLE "ResourceOverride" (
    "hash" TEXT NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "type" "ModelHashType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceOverride_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "ImageRatingRequest" (
    "userId" INTEGER NOT NULL,
    "imageId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nsfwLevel" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'Pending',
    "weight" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ImageRatingRequest_pkey" PRIMARY KEY ("imageId","userId")
);

-- CreateTable
CREATE TABLE "ArticleRatingReview" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedBy" INTEGER,
    "currentLevel" INTEGER NOT NULL,
    "suggestedLevel" INTEGER NOT NULL,
    "appliedLevel" INTEGER,
    "userComment" TEXT,
    "modComment" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'Pending',

    CONSTRAINT "ArticleRatingReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionMetric" (
    "collectionId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "contributorCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionMetric_pkey" PRIMARY KEY ("collectionId","timeframe")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" CITEXT NOT NULL,
    "color" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "target" "TagTarget"[],
    "type" "TagType" NOT NULL DEFAULT 'UserGenerated',
    "nsfw" "NsfwLevel" NOT NULL DEFAULT 'None',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 1,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "unfeatured" BOOLEAN NOT NULL DEFAULT false,
    "isCategory" BOOLEAN NOT NULL DEFAULT false,
    "adminOnly" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagsOnTags" (
    "fromTagId" INTEGER NOT NULL,
    "toTagId" INTEGER NOT NULL,
    "type" "TagsOnTagsType" NOT NULL DEFAULT 'Parent',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnTags_pkey" PRIMARY KEY ("fromTagId","toTagId")
);

-- CreateTable
CREATE TABLE "TagsOnModels" (
    "modelId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnModels_pkey" PRIMARY KEY ("modelId","tagId")
);

-- CreateTable
CREATE TABLE "TagsOnModelsVote" (
    "modelId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "vote" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnModelsVote_pkey" PRIMARY KEY ("tagId","modelId","userId")
);

-- CreateTable
CREATE TABLE "TagsOnQuestions" (
    "questionId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    CONSTRAINT "TagsOnQuestions_pkey" PRIMARY KEY ("tagId","questionId")
);

-- CreateTable
CREATE TABLE "TagsOnImageNew" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "attributes" SMALLINT NOT NULL,

    CONSTRAINT "TagsOnImageNew_pkey" PRIMARY KEY ("imageId","tagId")
);

-- CreateTable
CREATE TABLE "ShadowTagsOnImage" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "confidence" INTEGER NOT NULL,

    CONSTRAINT "ShadowTagsOnImage_pkey" PRIMARY KEY ("imageId","tagId")
);

-- CreateTable
CREATE TABLE "TagsOnImageVote" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "vote" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TagsOnImageVote_pkey" PRIMARY KEY ("tagId","imageId","userId")
);

-- CreateTable
CREATE TABLE "TagsOnPost" (
    "postId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confidence" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TagsOnPost_pkey" PRIMARY KEY ("tagId","postId")
);

-- CreateTable
CREATE TABLE "TagsOnArticle" (
    "articleId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnArticle_pkey" PRIMARY KEY ("tagId","articleId")
);

-- CreateTable
CREATE TABLE "TagsOnBounty" (
    "bountyId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnBounty_pkey" PRIMARY KEY ("tagId","bountyId")
);

-- CreateTable
CREATE TABLE "TagsOnPostVote" (
    "postId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "vote" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnPostVote_pkey" PRIMARY KEY ("tagId","postId","userId")
);

-- CreateTable
CREATE TABLE "TagMetric" (
    "tagId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "modelCount" INTEGER NOT NULL DEFAULT 0,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "postCount" INTEGER NOT NULL DEFAULT 0,
    "articleCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenCount" INTEGER NOT NULL DEFAULT 0,
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagMetric_pkey" PRIMARY KEY ("tagId","timeframe")
);

-- CreateTable
CREATE TABLE "SavedModel" (
    "modelId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedModel_pkey" PRIMARY KEY ("modelId","userId")
);

-- CreateTable
CREATE TABLE "RunStrategy" (
    "modelVersionId" INTEGER NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunStrategy_pkey" PRIMARY KEY ("modelVersionId","partnerId")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "homepage" TEXT,
    "tos" TEXT,
    "privacy" TEXT,
    "startupTime" INTEGER,
    "onDemand" BOOLEAN NOT NULL,
    "onDemandStrategy" TEXT,
    "onDemandTypes" "ModelType"[] DEFAULT ARRAY[]::"ModelType"[],
    "onDemandBaseModels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stepsPerSecond" INTEGER NOT NULL,
    "pricingModel" "PartnerPricingModel" NOT NULL,
    "price" TEXT NOT NULL,
    "about" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "personal" BOOLEAN NOT NULL DEFAULT false,
    "token" TEXT,
    "tier" INTEGER NOT NULL DEFAULT 0,
    "logo" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyValue" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "KeyValue_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenScope" INTEGER NOT NULL DEFAULT 33554431,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "ApiKeyType" NOT NULL DEFAULT 'User',
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "clientId" TEXT,
    "buzzLimit" JSONB,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OauthClient" (
    "id" TEXT NOT NULL,
    "secret" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "logoUrl" TEXT,
    "redirectUris" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "allowedOrigins" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "grants" TEXT[] DEFAULT ARRAY['authorization_code', 'refresh_token']::TEXT[],
    "allowedScopes" INTEGER NOT NULL DEFAULT 33554431,
    "isConfidential" BOOLEAN NOT NULL DEFAULT true,
    "accessMode" TEXT NOT NULL DEFAULT 'open',
    "userId" INTEGER NOT NULL,
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OauthClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "note" TEXT,
    "addedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("userId","role")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "description" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserMembershipOverride" (
    "userId" INTEGER NOT NULL,
    "tier" TEXT NOT NULL,
    "note" TEXT,
    "grantedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserMembershipOverride_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "app_blocks" (
    "id" TEXT NOT NULL,
    "app_id" TEXT NOT NULL,
    "block_id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "content_rating" TEXT NOT NULL,
    "promotion_eligible" BOOLEAN NOT NULL DEFAULT false,
    "health_status" TEXT NOT NULL DEFAULT 'unknown',
    "health_checked_at" TIMESTAMPTZ(6),
    "render_mode" TEXT NOT NULL DEFAULT 'iframe',
    "trust_tier" TEXT NOT NULL DEFAULT 'unverified',
    "asset_bundle_url" TEXT,
    "asset_bundle_sha256" TEXT,
    "approved_scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "current_version_sha" TEXT,
    "current_version_deployed_at" TIMESTAMPTZ(6),
    "repo_url" TEXT,
    "category" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "featured_order" INTEGER,
    "screenshots" JSONB,
    "external_url" TEXT,
    "spend_tier" TEXT NOT NULL DEFAULT 'standard',
    "spend_cap_buzz_per_day" INTEGER,
    "spend_velocity_max_gens" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_block_reviews" (
    "id" SERIAL NOT NULL,
    "app_block_id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "recommended" BOOLEAN NOT NULL DEFAULT true,
    "details" TEXT,
    "exclude" BOOLEAN NOT NULL DEFAULT false,
    "tos_violation" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "app_block_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_block_publish_requests" (
    "id" TEXT NOT NULL,
    "app_block_id" TEXT,
    "slug" TEXT NOT NULL,
    "submitted_by_user_id" INTEGER NOT NULL,
    "submitted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "bundle_key" TEXT NOT NULL,
    "bundle_sha256" TEXT NOT NULL,
    "bundle_size_bytes" BIGINT NOT NULL,
    "file_summary" JSONB NOT NULL,
    "manifest_diff_summary" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "reviewed_by_user_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(6),
    "rejection_reason" TEXT,
    "approval_notes" TEXT,
    "forgejo_commit_sha" TEXT,
    "deploy_state" TEXT,
    "deploy_detail" TEXT,
    "deploy_updated_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_block_publish_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_listings" (
    "id" TEXT NOT NULL,
    "serial_id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tagline" TEXT,
    "description" TEXT,
    "icon_id" INTEGER,
    "cover_id" INTEGER,
    "category" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content_rating" TEXT,
    "external_url" TEXT,
    "connect_client_id" TEXT,
    "connect_requested_scopes" INTEGER,
    "connect_scope_justifications" JSONB,
    "app_block_id" TEXT,
    "revision_of_id" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "featured_order" INTEGER,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_listing_screenshots" (
    "id" TEXT NOT NULL,
    "app_listing_id" TEXT NOT NULL,
    "image_id" INTEGER,
    "order" INTEGER NOT NULL DEFAULT 0,
    "caption" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listing_screenshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_listing_reviews" (
    "id" SERIAL NOT NULL,
    "app_listing_id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "recommended" BOOLEAN NOT NULL,
    "details" TEXT,
    "exclude" BOOLEAN NOT NULL DEFAULT false,
    "tos_violation" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listing_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_listing_metrics" (
    "app_listing_id" TEXT NOT NULL,
    "thumbs_up_count" INTEGER NOT NULL DEFAULT 0,
    "thumbs_down_count" INTEGER NOT NULL DEFAULT 0,
    "install_count" INTEGER NOT NULL DEFAULT 0,
    "open_count" INTEGER NOT NULL DEFAULT 0,
    "connect_count" INTEGER NOT NULL DEFAULT 0,
    "visit_count" INTEGER NOT NULL DEFAULT 0,
    "tipped_count" INTEGER NOT NULL DEFAULT 0,
    "tipped_amount_count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listing_metrics_pkey" PRIMARY KEY ("app_listing_id")
);

-- CreateTable
CREATE TABLE "app_listing_publish_requests" (
    "id" TEXT NOT NULL,
    "app_listing_id" TEXT,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "submitted_by_user_id" INTEGER NOT NULL,
    "submitted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "reviewed_by_user_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(6),
    "rejection_reason" TEXT,
    "approval_notes" TEXT,
    "changelog" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listing_publish_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_listing_reports" (
    "id" TEXT NOT NULL,
    "app_listing_id" TEXT NOT NULL,
    "reporter_user_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "details" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "resolved_by_user_id" INTEGER,
    "resolved_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listing_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_listing_moderation_events" (
    "id" TEXT NOT NULL,
    "app_listing_id" TEXT,
    "slug" TEXT NOT NULL,
    "actor_user_id" INTEGER,
    "report_id" TEXT,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "detail" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_listing_moderation_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_review_agent_reports" (
    "id" TEXT NOT NULL,
    "publish_request_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'onsite',
    "app_block_id" TEXT,
    "oauth_client_id" TEXT,
    "version" TEXT NOT NULL,
    "bundle_sha256" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "model" TEXT,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    "code_review" JSONB,
    "security_audit" JSONB,
    "scope_verdicts" JSONB,
    "summary_md" TEXT,
    "prior_report_id" TEXT,
    "token_usage" JSONB,
    "cost_usd" DECIMAL(12,6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_review_agent_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_user_settings" (
    "block_instance_id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "block_user_settings_pkey" PRIMARY KEY ("block_instance_id","user_id")
);

-- CreateTable
CREATE TABLE "platform_default_blocks" (
    "app_block_id" TEXT NOT NULL,
    "slot_id" TEXT NOT NULL,
    "target_model_types" TEXT[],
    "min_content_rating" TEXT,
    "max_content_rating" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 500,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "promoted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promoted_by" INTEGER,

    CONSTRAINT "platform_default_blocks_pkey" PRIMARY KEY ("app_block_id")
);

-- CreateTable
CREATE TABLE "block_user_subscriptions" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "app_block_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "target_model_types" TEXT[],
    "target_base_models" TEXT[],
    "target_model_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "slot_id" TEXT,
    "pinned_version" TEXT,
    "block_instance_id" TEXT,
    "installed_by_user_id" INTEGER,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "block_user_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_buzz_attribution" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "buzz_amount" INTEGER NOT NULL,
    "usd_amount_cents" INTEGER NOT NULL,
    "buzz_type" TEXT NOT NULL DEFAULT 'yellow',
    "payment_provider" TEXT NOT NULL,
    "payment_transaction_id" TEXT NOT NULL,
    "buzz_transaction_id" TEXT,
    "app_id" TEXT NOT NULL,
    "app_block_id" TEXT NOT NULL,
    "block_instance_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "model_id" INTEGER,
    "rate_card_version" TEXT NOT NULL,
    "app_owner_share_cents" INTEGER NOT NULL,
    "platform_share_cents" INTEGER NOT NULL,
    "provider_fee_cents" INTEGER NOT NULL,
    "app_owner_user_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "voided_reason" TEXT,
    "hold_reason" TEXT,
    "held_at" TIMESTAMPTZ(6),
    "entry_type" TEXT NOT NULL DEFAULT 'purchase',
    "attributed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(6),
    "voided_at" TIMESTAMPTZ(6),
    "paid_out_at" TIMESTAMPTZ(6),
    "payout_id" TEXT,

    CONSTRAINT "block_buzz_attribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_attribution_payout" (
    "id" TEXT NOT NULL,
    "app_owner_user_id" INTEGER NOT NULL,
    "period_key" TEXT NOT NULL,
    "total_cents" INTEGER NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "block_attribution_payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_spend_attribution" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "buzz_amount" INTEGER NOT NULL,
    "buzz_type" TEXT NOT NULL DEFAULT 'yellow',
    "gross_value_cents" INTEGER NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "app_id" TEXT NOT NULL,
    "app_block_id" TEXT NOT NULL,
    "block_instance_id" TEXT NOT NULL,
    "model_id" INTEGER,
    "rate_card_version" TEXT NOT NULL,
    "spend_share_pct" INTEGER NOT NULL,
    "app_owner_share_cents" INTEGER NOT NULL,
    "app_owner_user_id" INTEGER NOT NULL,
    "content_author_user_id" INTEGER,
    "shared_content_key" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "voided_reason" TEXT,
    "attributed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(6),
    "voided_at" TIMESTAMPTZ(6),
    "paid_out_at" TIMESTAMPTZ(6),
    "payout_id" TEXT,

    CONSTRAINT "block_spend_attribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_subscription_attribution" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "buzz_amount" INTEGER NOT NULL DEFAULT 0,
    "buzz_type" TEXT NOT NULL DEFAULT 'yellow',
    "gross_value_cents" INTEGER NOT NULL,
    "payment_provider" TEXT NOT NULL,
    "invoice_id" TEXT NOT NULL,
    "subscription_id" TEXT,
    "billing_reason" TEXT,
    "period_start" TIMESTAMPTZ(6),
    "period_end" TIMESTAMPTZ(6),
    "app_id" TEXT NOT NULL,
    "app_block_id" TEXT NOT NULL,
    "block_instance_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "model_id" INTEGER,
    "tier" TEXT,
    "rate_card_version" TEXT NOT NULL DEFAULT 'unrated',
    "subscription_share_pct" INTEGER NOT NULL DEFAULT 0,
    "app_owner_share_cents" INTEGER NOT NULL DEFAULT 0,
    "platform_share_cents" INTEGER NOT NULL,
    "provider_fee_cents" INTEGER NOT NULL,
    "app_owner_user_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'tracked',
    "entry_type" TEXT NOT NULL DEFAULT 'charge',
    "voided_reason" TEXT,
    "attributed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(6),
    "voided_at" TIMESTAMPTZ(6),
    "paid_out_at" TIMESTAMPTZ(6),
    "payout_id" TEXT,

    CONSTRAINT "block_subscription_attribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_scope_invocations" (
    "id" BIGSERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "app_block_id" TEXT,
    "synthetic_app_id" TEXT,
    "block_instance_id" TEXT,
    "oauth_client_id" TEXT,
    "source" TEXT NOT NULL DEFAULT 'app-block',
    "scope" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "status_code" SMALLINT NOT NULL,
    "detail" JSONB,
    "invoked_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "block_scope_invocations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user_scope_grants" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "app_block_id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "granted_scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "granted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "app_user_scope_grants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_dev_forgejo_identity" (
    "user_id" INTEGER NOT NULL,
    "forgejo_username" TEXT NOT NULL,
    "forgejo_token_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_dev_forgejo_identity_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "OauthConsent" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "clientId" TEXT NOT NULL,
    "scope" INTEGER NOT NULL,
    "buzzLimit" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OauthConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustedSpokeDomain" (
    "id" SERIAL NOT NULL,
    "domain" TEXT NOT NULL,
    "includeSubdomains" BOOLEAN NOT NULL DEFAULT false,
    "label" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustedSpokeDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdToken" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "AdToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "parentId" INTEGER,
    "userId" INTEGER NOT NULL,
    "modelId" INTEGER NOT NULL,
    "locked" BOOLEAN DEFAULT false,
    "hidden" BOOLEAN DEFAULT false,
    "pinnedAt" TIMESTAMP(3),

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentReaction" (
    "id" SERIAL NOT NULL,
    "commentId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommentReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserNotificationSettings" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserNotificationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "notifyOn" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "title" CITEXT NOT NULL,
    "content" TEXT NOT NULL,
    "selectedAnswerId" INTEGER,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionMetric" (
    "questionId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "heartCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "answerCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuestionMetric_pkey" PRIMARY KEY ("questionId","timeframe")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerVote" (
    "answerId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "vote" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerVote_pkey" PRIMARY KEY ("answerId","userId")
);

-- CreateTable
CREATE TABLE "AnswerMetric" (
    "answerId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "checkCount" INTEGER NOT NULL,
    "crossCount" INTEGER NOT NULL,
    "heartCount" INTEGER NOT NULL,
    "commentCount" INTEGER NOT NULL,

    CONSTRAINT "AnswerMetric_pkey" PRIMARY KEY ("answerId","timeframe")
);

-- CreateTable
CREATE TABLE "CommentV2" (
    "id" SERIAL NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "userId" INTEGER NOT NULL,
    "threadId" INTEGER NOT NULL,
    "metadata" JSONB,
    "hidden" BOOLEAN DEFAULT false,
    "pinnedAt" TIMESTAMP(3),
    "reactionCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CommentV2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Thread" (
    "id" SERIAL NOT NULL,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "parentThreadId" INTEGER,
    "rootThreadId" INTEGER,
    "questionId" INTEGER,
    "answerId" INTEGER,
    "imageId" INTEGER,
    "postId" INTEGER,
    "reviewId" INTEGER,
    "commentId" INTEGER,
    "modelId" INTEGER,
    "articleId" INTEGER,
    "bountyId" INTEGER,
    "bountyEntryId" INTEGER,
    "clubPostId" INTEGER,
    "comicProjectId" INTEGER,
    "comicChapterPosition" INTEGER,
    "challengeId" INTEGER,
    "model3dId" INTEGER,
    "model3dReviewId" INTEGER,
    "appListingId" INTEGER,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "commentCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionReaction" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerReaction" (
    "id" SERIAL NOT NULL,
    "answerId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnswerReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentV2Reaction" (
    "id" SERIAL NOT NULL,
    "commentId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommentV2Reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageReaction" (
    "id" SERIAL NOT NULL,
    "imageId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImageReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostReaction" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleReaction" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagEngagement" (
    "userId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "type" "TagEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagEngagement_pkey" PRIMARY KEY ("userId","tagId")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "emoji" TEXT,
    "color" TEXT NOT NULL DEFAULT 'blue',
    "domain" "DomainColor"[] DEFAULT ARRAY['all']::"DomainColor"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "metadata" JSONB,
    "disabled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementUser" (
    "announcementId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "AnnouncementUser_pkey" PRIMARY KEY ("userId","announcementId")
);

-- CreateTable
CREATE TABLE "RewardsBonusEvent" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "multiplier" INTEGER NOT NULL,
    "articleId" INTEGER,
    "bannerLabel" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RewardsBonusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cosmetic" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "videoUrl" TEXT,
    "type" "CosmeticType" NOT NULL,
    "source" "CosmeticSource" NOT NULL,
    "permanentUnlock" BOOLEAN NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "availableStart" TIMESTAMP(3),
    "availableEnd" TIMESTAMP(3),
    "availableQuery" TEXT,
    "productId" TEXT,
    "leaderboardId" TEXT,
    "leaderboardPosition" INTEGER,
    "createdById" INTEGER,
    "pHash" BIGINT,
    "pHashUrl" TEXT,

    CONSTRAINT "Cosmetic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserCosmetic" (
    "userId" INTEGER NOT NULL,
    "cosmeticId" INTEGER NOT NULL,
    "obtainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "equippedAt" TIMESTAMP(3),
    "data" JSONB,
    "claimKey" TEXT NOT NULL DEFAULT 'claimed',
    "equippedToId" INTEGER,
    "equippedToType" "CosmeticEntity",
    "forId" INTEGER,
    "forType" "CosmeticEntity",
    "remaining" INTEGER,

    CONSTRAINT "UserCosmetic_pkey" PRIMARY KEY ("userId","cosmeticId","claimKey")
);

-- CreateTable
CREATE TABLE "CosmeticShopSection" (
    "id" SERIAL NOT NULL,
    "addedById" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "placement" INTEGER NOT NULL DEFAULT 0,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "imageId" INTEGER,
    "published" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CosmeticShopSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CosmeticShopItem" (
    "id" SERIAL NOT NULL,
    "cosmeticId" INTEGER,
    "unitAmount" INTEGER NOT NULL,
    "addedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableFrom" TIMESTAMP(3),
    "availableTo" TIMESTAMP(3),
    "availableQuantity" INTEGER,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "title" TEXT NOT NULL,
    "description" TEXT,
    "archivedAt" TIMESTAMP(3),
    "status" "CosmeticShopItemStatus" NOT NULL DEFAULT 'Published',
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "listed" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CosmeticShopItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CosmeticShopItemCosmetic" (
    "shopItemId" INTEGER NOT NULL,
    "cosmeticId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL DEFAULT 0,
    "floorAmount" INTEGER NOT NULL,

    CONSTRAINT "CosmeticShopItemCosmetic_pkey" PRIMARY KEY ("shopItemId","cosmeticId")
);

-- CreateTable
CREATE TABLE "UserCosmeticShopItemWishlist" (
    "userId" INTEGER NOT NULL,
    "shopItemId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserCosmeticShopItemWishlist_pkey" PRIMARY KEY ("userId","shopItemId")
);

-- CreateTable
CREATE TABLE "CosmeticShopSectionItem" (
    "shopItemId" INTEGER NOT NULL,
    "shopSectionId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosmeticShopSectionItem_pkey" PRIMARY KEY ("shopItemId","shopSectionId")
);

-- CreateTable
CREATE TABLE "UserCosmeticShopPurchases" (
    "userId" INTEGER NOT NULL,
    "cosmeticId" INTEGER,
    "shopItemId" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "purchasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "buzzTransactionId" TEXT NOT NULL,
    "refunded" BOOLEAN NOT NULL,
    "meta" JSONB,

    CONSTRAINT "UserCosmeticShopPurchases_pkey" PRIMARY KEY ("buzzTransactionId")
);

-- CreateTable
CREATE TABLE "UserCosmeticShopPurchaseCosmetic" (
    "buzzTransactionId" TEXT NOT NULL,
    "cosmeticId" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "meta" JSONB,

    CONSTRAINT "UserCosmeticShopPurchaseCosmetic_pkey" PRIMARY KEY ("buzzTransactionId","cosmeticId")
);

-- CreateTable
CREATE TABLE "BuzzClaim" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "transactionIdQuery" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "availableStart" TIMESTAMP(3),
    "availableEnd" TIMESTAMP(3),
    "claimed" INTEGER NOT NULL DEFAULT 0,
    "limit" INTEGER,
    "accountType" "BuzzAccountType" NOT NULL DEFAULT 'user',
    "useMultiplier" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BuzzClaim_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "cover" TEXT,
    "coverId" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "contentScannedAt" TIMESTAMP(3),
    "ingestion" "ArticleIngestionStatus" NOT NULL DEFAULT 'Pending',
    "scanRequestedAt" TIMESTAMP(3),
    "userId" INTEGER NOT NULL,
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "userNsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "moderatorNsfwLevel" INTEGER,
    "moderatorNsfwLevelBasis" INTEGER,
    "lockedProperties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "ArticleStatus" NOT NULL DEFAULT 'Draft',

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressMention" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleEngagement" (
    "userId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "type" "ArticleEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleEngagement_pkey" PRIMARY KEY ("userId","articleId")
);

-- CreateTable
CREATE TABLE "ArticleMetric" (
    "articleId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "dislikeCount" INTEGER NOT NULL DEFAULT 0,
    "laughCount" INTEGER NOT NULL DEFAULT 0,
    "cryCount" INTEGER NOT NULL DEFAULT 0,
    "heartCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "favoriteCount" INTEGER NOT NULL DEFAULT 0,
    "hideCount" INTEGER NOT NULL DEFAULT 0,
    "collectedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleMetric_pkey" PRIMARY KEY ("articleId","timeframe")
);

-- CreateTable
CREATE TABLE "Leaderboard" (
    "id" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "scoringDescription" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "public" BOOLEAN NOT NULL,
    "domain" "DomainColor"[] DEFAULT ARRAY['all']::"DomainColor"[],

    CONSTRAINT "Leaderboard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaderboardResult" (
    "leaderboardId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "position" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "score" INTEGER NOT NULL DEFAULT 0,
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaderboardResult_pkey" PRIMARY KEY ("leaderboardId","date","position")
);

-- CreateTable
CREATE TABLE "ModelVersionExploration" (
    "index" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "modelVersionId" INTEGER NOT NULL,

    CONSTRAINT "ModelVersionExploration_pkey" PRIMARY KEY ("modelVersionId","name")
);

-- CreateTable
CREATE TABLE "GenerationServiceProvider" (
    "name" TEXT NOT NULL,
    "schedulers" "GenerationSchedulers"[],

    CONSTRAINT "GenerationServiceProvider_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "nsfw" BOOLEAN DEFAULT false,
    "userId" INTEGER NOT NULL,
    "imageId" INTEGER,
    "write" "CollectionWriteConfiguration" NOT NULL DEFAULT 'Private',
    "read" "CollectionReadConfiguration" NOT NULL DEFAULT 'Private',
    "type" "CollectionType",
    "mode" "CollectionMode",
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionItem" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "collectionId" INTEGER NOT NULL,
    "articleId" INTEGER,
    "postId" INTEGER,
    "imageId" INTEGER,
    "modelId" INTEGER,
    "model3dId" INTEGER,
    "addedById" INTEGER,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "note" TEXT,
    "status" "CollectionItemStatus" NOT NULL DEFAULT 'ACCEPTED',
    "tagId" INTEGER,

    CONSTRAINT "CollectionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionItemScore" (
    "userId" INTEGER NOT NULL,
    "collectionItemId" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionItemScore_pkey" PRIMARY KEY ("userId","collectionItemId")
);

-- CreateTable
CREATE TABLE "CollectionContributor" (
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "userId" INTEGER NOT NULL,
    "collectionId" INTEGER NOT NULL,
    "permissions" "CollectionContributorPermission"[],

    CONSTRAINT "CollectionContributor_pkey" PRIMARY KEY ("userId","collectionId")
);

-- CreateTable
CREATE TABLE "TagsOnCollection" (
    "collectionId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "filterableOnly" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TagsOnCollection_pkey" PRIMARY KEY ("tagId","collectionId")
);

-- CreateTable
CREATE TABLE "HomeBlock" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "userId" INTEGER NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "index" INTEGER,
    "type" "HomeBlockType" NOT NULL,
    "permanent" BOOLEAN NOT NULL DEFAULT false,
    "sourceId" INTEGER,

    CONSTRAINT "HomeBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuzzTip" (
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "toUserId" INTEGER NOT NULL,
    "fromUserId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BuzzTip_pkey" PRIMARY KEY ("entityType","entityId","fromUserId")
);

-- CreateTable
CREATE TABLE "Bounty" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "startsAt" DATE NOT NULL,
    "expiresAt" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "details" JSONB,
    "mode" "BountyMode" NOT NULL DEFAULT 'Individual',
    "entryMode" "BountyEntryMode" NOT NULL DEFAULT 'Open',
    "type" "BountyType" NOT NULL,
    "minBenefactorUnitAmount" INTEGER NOT NULL,
    "maxBenefactorUnitAmount" INTEGER,
    "entryLimit" INTEGER NOT NULL DEFAULT 1,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "refunded" BOOLEAN NOT NULL DEFAULT false,
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "lockedProperties" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "Bounty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BountyEntry" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "bountyId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BountyEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BountyEntryReaction" (
    "bountyEntryId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BountyEntryReaction_pkey" PRIMARY KEY ("bountyEntryId","userId","reaction")
);

-- CreateTable
CREATE TABLE "BountyBenefactor" (
    "userId" INTEGER NOT NULL,
    "bountyId" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "awardedAt" TIMESTAMP(3),
    "awardedToId" INTEGER,
    "currency" "Currency" NOT NULL DEFAULT 'BUZZ',
    "buzzTransactionId" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "BountyBenefactor_pkey" PRIMARY KEY ("bountyId","userId")
);

-- CreateTable
CREATE TABLE "BountyEngagement" (
    "userId" INTEGER NOT NULL,
    "bountyId" INTEGER NOT NULL,
    "type" "BountyEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BountyEngagement_pkey" PRIMARY KEY ("type","bountyId","userId")
);

-- CreateTable
CREATE TABLE "TipConnection" (
    "transactionId" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "entityType" TEXT NOT NULL,

    CONSTRAINT "TipConnection_pkey" PRIMARY KEY ("entityType","entityId","transactionId")
);

-- CreateTable
CREATE TABLE "BountyMetric" (
    "bountyId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "favoriteCount" INTEGER NOT NULL DEFAULT 0,
    "trackCount" INTEGER NOT NULL DEFAULT 0,
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "benefactorCount" INTEGER NOT NULL DEFAULT 0,
    "unitAmountCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BountyMetric_pkey" PRIMARY KEY ("bountyId","timeframe")
);

-- CreateTable
CREATE TABLE "BountyEntryMetric" (
    "bountyEntryId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "dislikeCount" INTEGER NOT NULL DEFAULT 0,
    "laughCount" INTEGER NOT NULL DEFAULT 0,
    "cryCount" INTEGER NOT NULL DEFAULT 0,
    "heartCount" INTEGER NOT NULL DEFAULT 0,
    "unitAmountCount" INTEGER NOT NULL DEFAULT 0,
    "tippedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BountyEntryMetric_pkey" PRIMARY KEY ("bountyEntryId","timeframe")
);

-- CreateTable
CREATE TABLE "CsamReport" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedById" INTEGER NOT NULL,
    "reportSentAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "contentRemovedAt" TIMESTAMP(3),
    "reportId" INTEGER,
    "details" JSONB NOT NULL DEFAULT '{}',
    "images" JSONB NOT NULL DEFAULT '[]',
    "type" "CsamReportType" NOT NULL DEFAULT 'Image',

    CONSTRAINT "CsamReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Link" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "entityType" TEXT NOT NULL,

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityAccess" (
    "accessToId" INTEGER NOT NULL,
    "accessToType" TEXT NOT NULL,
    "accessorId" INTEGER NOT NULL,
    "accessorType" TEXT NOT NULL,
    "addedById" INTEGER NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "permissions" INTEGER NOT NULL DEFAULT 0,
    "meta" JSONB DEFAULT '{}',

    CONSTRAINT "EntityAccess_pkey" PRIMARY KEY ("accessToId","accessToType","accessorId","accessorType")
);

-- CreateTable
CREATE TABLE "PaidAccess" (
    "entityType" "PaidAccessEntityType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "endsAt" TIMESTAMP(3),
    "timeframeDays" INTEGER,
    "terms" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaidAccess_pkey" PRIMARY KEY ("entityType","entityId")
);

-- CreateTable
CREATE TABLE "EntityCollaborator" (
    "entityType" "EntityType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "EntityCollaboratorStatus" NOT NULL DEFAULT 'Pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" INTEGER NOT NULL,
    "lastMessageSentAt" TIMESTAMP(3),

    CONSTRAINT "EntityCollaborator_pkey" PRIMARY KEY ("entityType","entityId","userId")
);

-- CreateTable
CREATE TABLE "EcosystemCheckpoints" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "EcosystemCheckpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationBaseModel" (
    "baseModel" TEXT NOT NULL,

    CONSTRAINT "GenerationBaseModel_pkey" PRIMARY KEY ("baseModel")
);

-- CreateTable
CREATE TABLE "Club" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "coverImageId" INTEGER,
    "headerImageId" INTEGER,
    "avatarId" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "billing" BOOLEAN NOT NULL DEFAULT true,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Club_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubTier" (
    "id" SERIAL NOT NULL,
    "clubId" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL DEFAULT 'BUZZ',
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "coverImageId" INTEGER,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "joinable" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),
    "memberLimit" INTEGER,
    "oneTimeFee" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ClubTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubAdminInvite" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "clubId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "permissions" "ClubAdminPermission"[],

    CONSTRAINT "ClubAdminInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubAdmin" (
    "userId" INTEGER NOT NULL,
    "clubId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "permissions" "ClubAdminPermission"[],

    CONSTRAINT "ClubAdmin_pkey" PRIMARY KEY ("clubId","userId")
);

-- CreateTable
CREATE TABLE "ClubMembership" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "clubId" INTEGER NOT NULL,
    "clubTierId" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "nextBillingAt" TIMESTAMP(3) NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL DEFAULT 'BUZZ',
    "downgradeClubTierId" INTEGER,
    "billingPausedAt" TIMESTAMP(3),

    CONSTRAINT "ClubMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubMembershipCharge" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "clubId" INTEGER NOT NULL,
    "clubTierId" INTEGER NOT NULL,
    "chargedAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT,
    "invoiceId" TEXT,
    "unitAmount" INTEGER NOT NULL,
    "unitAmountPurchased" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL DEFAULT 'BUZZ',

    CONSTRAINT "ClubMembershipCharge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubPost" (
    "id" SERIAL NOT NULL,
    "clubId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "membersOnly" BOOLEAN NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "coverImageId" INTEGER,
    "entityId" INTEGER,
    "entityType" TEXT,

    CONSTRAINT "ClubPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubPostReaction" (
    "id" SERIAL NOT NULL,
    "clubPostId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reaction" "ReviewReactions" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClubPostReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubPostMetric" (
    "clubPostId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "dislikeCount" INTEGER NOT NULL DEFAULT 0,
    "laughCount" INTEGER NOT NULL DEFAULT 0,
    "cryCount" INTEGER NOT NULL DEFAULT 0,
    "heartCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClubPostMetric_pkey" PRIMARY KEY ("clubPostId","timeframe")
);

-- CreateTable
CREATE TABLE "ClubMetric" (
    "clubId" INTEGER NOT NULL,
    "timeframe" "MetricTimeframe" NOT NULL,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "clubPostCount" INTEGER NOT NULL DEFAULT 0,
    "resourceCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClubMetric_pkey" PRIMARY KEY ("clubId","timeframe")
);

-- CreateTable
CREATE TABLE "Chat" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hash" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,

    CONSTRAINT "Chat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatMember" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER NOT NULL,
    "chatId" INTEGER NOT NULL,
    "isOwner" BOOLEAN NOT NULL DEFAULT false,
    "isMuted" BOOLEAN NOT NULL DEFAULT false,
    "status" "ChatMemberStatus" NOT NULL,
    "lastViewedMessageId" INTEGER,
    "joinedAt" TIMESTAMP(3),
    "ignoredAt" TIMESTAMP(3),
    "leftAt" TIMESTAMP(3),
    "kickedAt" TIMESTAMP(3),
    "unkickedAt" TIMESTAMP(3),

    CONSTRAINT "ChatMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatMessage" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER NOT NULL,
    "chatId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "contentType" "ChatMessageType" NOT NULL DEFAULT 'Markdown',
    "referenceMessageId" INTEGER,
    "editedAt" TIMESTAMP(3),

    CONSTRAINT "ChatMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuildGuide" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "components" JSONB NOT NULL,
    "capabilities" JSONB NOT NULL,

    CONSTRAINT "BuildGuide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchasableReward" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "about" TEXT NOT NULL,
    "redeemDetails" TEXT NOT NULL,
    "termsOfUse" TEXT NOT NULL,
    "usage" "PurchasableRewardUsage" NOT NULL,
    "codes" TEXT[],
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "availableFrom" TIMESTAMP(3),
    "availableTo" TIMESTAMP(3),
    "availableCount" INTEGER,
    "addedById" INTEGER,
    "coverImageId" INTEGER,

    CONSTRAINT "PurchasableReward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPurchasedRewards" (
    "buzzTransactionId" TEXT NOT NULL,
    "userId" INTEGER,
    "purchasableRewardId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "code" TEXT NOT NULL,

    CONSTRAINT "UserPurchasedRewards_pkey" PRIMARY KEY ("buzzTransactionId")
);

-- CreateTable
CREATE TABLE "JobQueue" (
    "type" "JobQueueType" NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobQueue_pkey" PRIMARY KEY ("entityType","entityId","type")
);

-- CreateTable
CREATE TABLE "VaultItem" (
    "id" SERIAL NOT NULL,
    "vaultId" INTEGER NOT NULL,
    "status" "VaultItemStatus" NOT NULL DEFAULT 'Pending',
    "files" JSONB NOT NULL DEFAULT '[]',
    "modelVersionId" INTEGER NOT NULL,
    "modelId" INTEGER NOT NULL,
    "modelName" TEXT NOT NULL,
    "versionName" TEXT NOT NULL,
    "creatorId" INTEGER,
    "creatorName" TEXT NOT NULL,
    "type" "ModelType" NOT NULL,
    "baseModel" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshedAt" TIMESTAMP(3),
    "modelSizeKb" INTEGER NOT NULL,
    "detailsSizeKb" INTEGER NOT NULL,
    "imagesSizeKb" INTEGER NOT NULL,
    "notes" TEXT,
    "meta" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "VaultItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vault" (
    "userId" INTEGER NOT NULL,
    "storageKb" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "meta" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "Vault_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RedeemableCode" (
    "code" TEXT NOT NULL,
    "unitValue" INTEGER NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "RedeemableCodeType" NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "redeemedAt" TIMESTAMP(3),
    "transactionId" TEXT,
    "metadata" JSONB,
    "priceId" TEXT,

    CONSTRAINT "RedeemableCode_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Tool" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "icon" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "type" "ToolType" NOT NULL,
    "domain" TEXT,
    "priority" INTEGER,
    "description" TEXT,
    "supported" BOOLEAN NOT NULL DEFAULT false,
    "company" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "alias" TEXT,

    CONSTRAINT "Tool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageTool" (
    "imageId" INTEGER NOT NULL,
    "toolId" INTEGER NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImageTool_pkey" PRIMARY KEY ("imageId","toolId")
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "type" "TechniqueType" NOT NULL,

    CONSTRAINT "Technique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageTechnique" (
    "imageId" INTEGER NOT NULL,
    "techniqueId" INTEGER NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImageTechnique_pkey" PRIMARY KEY ("imageId","techniqueId")
);

-- CreateTable
CREATE TABLE "DonationGoal" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "goalAmount" INTEGER NOT NULL,
    "entityType" "PaidAccessEntityType",
    "entityId" INTEGER,
    "modelVersionId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DonationGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Donation" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "donationGoalId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "buzzTransactionId" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Donation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Blocklist" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "data" TEXT[],

    CONSTRAINT "Blocklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'Pending',
    "appealMessage" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedBy" INTEGER,
    "resolvedMessage" TEXT,
    "internalNotes" TEXT,
    "buzzTransactionId" TEXT,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuctionBase" (
    "id" SERIAL NOT NULL,
    "type" "AuctionType" NOT NULL,
    "ecosystem" TEXT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "minPrice" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "runForDays" INTEGER NOT NULL DEFAULT 1,
    "validForDays" INTEGER NOT NULL DEFAULT 1,
    "description" TEXT,

    CONSTRAINT "AuctionBase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Auction" (
    "id" SERIAL NOT NULL,
    "auctionBaseId" INTEGER NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "minPrice" INTEGER NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "finalized" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Auction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bid" (
    "id" SERIAL NOT NULL,
    "auctionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "transactionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "isRefunded" BOOLEAN NOT NULL DEFAULT false,
    "fromRecurring" BOOLEAN NOT NULL DEFAULT false,
    "accountType" TEXT NOT NULL DEFAULT 'yellow',

    CONSTRAINT "Bid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidRecurring" (
    "id" SERIAL NOT NULL,
    "auctionBaseId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3),
    "isPaused" BOOLEAN NOT NULL DEFAULT false,
    "accountType" TEXT NOT NULL DEFAULT 'yellow',

    CONSTRAINT "BidRecurring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeaturedModelVersion" (
    "id" SERIAL NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FeaturedModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoveredCheckpoint" (
    "model_id" INTEGER NOT NULL,
    "version_id" INTEGER NOT NULL,

    CONSTRAINT "CoveredCheckpoint_pkey" PRIMARY KEY ("model_id","version_id")
);

-- CreateTable
CREATE TABLE "ModerationRule" (
    "id" SERIAL NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "definition" JSONB NOT NULL,
    "action" "ModerationRuleAction" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "order" INTEGER,
    "reason" TEXT,
    "createdById" INTEGER NOT NULL,

    CONSTRAINT "ModerationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Changelog" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "link" TEXT,
    "cta" TEXT,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "type" "ChangelogType" NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "titleColor" TEXT,
    "sticky" BOOLEAN NOT NULL DEFAULT false,
    "domain" "DomainColor"[] DEFAULT ARRAY['all']::"DomainColor"[],

    CONSTRAINT "Changelog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bug" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "content" TEXT,
    "status" TEXT NOT NULL DEFAULT 'Open',
    "clickupUrl" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "domain" "DomainColor"[] DEFAULT ARRAY['all']::"DomainColor"[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "Bug_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewOrderPlayer" (
    "userId" INTEGER NOT NULL,
    "rankType" "NewOrderRankType" NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "exp" INTEGER NOT NULL DEFAULT 0,
    "fervor" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NewOrderPlayer_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "NewOrderRank" (
    "type" "NewOrderRankType" NOT NULL,
    "name" TEXT NOT NULL,
    "minExp" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "iconUrl" TEXT,

    CONSTRAINT "NewOrderRank_pkey" PRIMARY KEY ("type")
);

-- CreateTable
CREATE TABLE "NewOrderSmite" (
    "id" SERIAL NOT NULL,
    "targetPlayerId" INTEGER NOT NULL,
    "givenById" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "remaining" INTEGER NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cleansedAt" TIMESTAMP(3),
    "cleansedReason" TEXT,

    CONSTRAINT "NewOrderSmite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportAutomated" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportAutomated_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RestrictedBaseModels" (
    "baseModel" TEXT NOT NULL,

    CONSTRAINT "RestrictedBaseModels_pkey" PRIMARY KEY ("baseModel")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" SERIAL NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "visibleAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "theme" TEXT,
    "invitation" TEXT,
    "coverImageId" INTEGER,
    "nsfwLevel" INTEGER NOT NULL DEFAULT 1,
    "modelVersionIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "allowedNsfwLevel" INTEGER NOT NULL DEFAULT 1,
    "judgingPrompt" TEXT,
    "judgingCategories" JSONB,
    "reviewPercentage" INTEGER NOT NULL DEFAULT 100,
    "maxReviews" INTEGER,
    "collectionId" INTEGER,
    "maxEntriesPerUser" INTEGER NOT NULL DEFAULT 20,
    "maxParticipants" INTEGER,
    "prizes" JSONB NOT NULL DEFAULT '[]',
    "entryPrize" JSONB,
    "entryPrizeRequirement" INTEGER NOT NULL DEFAULT 10,
    "prizePool" INTEGER NOT NULL DEFAULT 0,
    "prizeMode" "PrizeMode" NOT NULL DEFAULT 'Fixed',
    "basePrizePool" INTEGER NOT NULL DEFAULT 0,
    "buzzPerAction" INTEGER NOT NULL DEFAULT 0,
    "poolTrigger" "PoolTrigger",
    "maxPrizePool" INTEGER,
    "prizeDistribution" JSONB,
    "operationBudget" INTEGER NOT NULL DEFAULT 0,
    "operationSpent" INTEGER NOT NULL DEFAULT 0,
    "reviewCostType" "ChallengeReviewCostType" NOT NULL DEFAULT 'None',
    "reviewCost" INTEGER NOT NULL DEFAULT 0,
    "entryFee" INTEGER NOT NULL DEFAULT 0,
    "buzzType" TEXT NOT NULL DEFAULT 'yellow',
    "createdById" INTEGER,
    "source" "ChallengeSource" NOT NULL DEFAULT 'System',
    "judgeId" INTEGER,
    "status" "ChallengeStatus" NOT NULL DEFAULT 'Scheduled',
    "ingestion" "ChallengeIngestionStatus" NOT NULL DEFAULT 'Scanned',
    "scannedAt" TIMESTAMP(3),
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "eventId" INTEGER,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeReport" (
    "challengeId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "ChallengeReport_pkey" PRIMARY KEY ("reportId","challengeId")
);

-- CreateTable
CREATE TABLE "ChallengeJudge" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "bio" TEXT,
    "sourceCollectionId" INTEGER,
    "systemPrompt" TEXT,
    "collectionPrompt" TEXT,
    "contentPrompt" TEXT,
    "reviewPrompt" TEXT,
    "reviewTemplate" TEXT,
    "winnerSelectionPrompt" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "userSelectable" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeJudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeCategory" (
    "key" VARCHAR(50) NOT NULL,
    "label" VARCHAR(100) NOT NULL,
    "group" VARCHAR(100) NOT NULL,
    "criteria" TEXT NOT NULL,
    "rubric" TEXT,
    "rubricNsfw" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeCategory_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ChallengeEngagement" (
    "userId" INTEGER NOT NULL,
    "challengeId" INTEGER NOT NULL,
    "type" "ChallengeEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeEngagement_pkey" PRIMARY KEY ("type","challengeId","userId")
);

-- CreateTable
CREATE TABLE "ChallengeWinner" (
    "id" SERIAL NOT NULL,
    "challengeId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "imageId" INTEGER,
    "place" INTEGER NOT NULL,
    "buzzAwarded" INTEGER NOT NULL,
    "pointsAwarded" INTEGER NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeWinner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeEvent" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "titleColor" TEXT,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "winnerCooldownDays" INTEGER,
    "coverImageId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionRank" (
    "questionId" INTEGER NOT NULL,
    "answerCountDay" INTEGER NOT NULL,
    "answerCountWeek" INTEGER NOT NULL,
    "answerCountMonth" INTEGER NOT NULL,
    "answerCountYear" INTEGER NOT NULL,
    "answerCountAllTime" INTEGER NOT NULL,
    "heartCountDay" INTEGER NOT NULL,
    "heartCountWeek" INTEGER NOT NULL,
    "heartCountMonth" INTEGER NOT NULL,
    "heartCountYear" INTEGER NOT NULL,
    "heartCountAllTime" INTEGER NOT NULL,
    "commentCountDay" INTEGER NOT NULL,
    "commentCountWeek" INTEGER NOT NULL,
    "commentCountMonth" INTEGER NOT NULL,
    "commentCountYear" INTEGER NOT NULL,
    "commentCountAllTime" INTEGER NOT NULL,
    "answerCountDayRank" INTEGER NOT NULL,
    "answerCountWeekRank" INTEGER NOT NULL,
    "answerCountMonthRank" INTEGER NOT NULL,
    "answerCountYearRank" INTEGER NOT NULL,
    "answerCountAllTimeRank" INTEGER NOT NULL,
    "heartCountDayRank" INTEGER NOT NULL,
    "heartCountWeekRank" INTEGER NOT NULL,
    "heartCountMonthRank" INTEGER NOT NULL,
    "heartCountYearRank" INTEGER NOT NULL,
    "heartCountAllTimeRank" INTEGER NOT NULL,
    "commentCountDayRank" INTEGER NOT NULL,
    "commentCountWeekRank" INTEGER NOT NULL,
    "commentCountMonthRank" INTEGER NOT NULL,
    "commentCountYearRank" INTEGER NOT NULL,
    "commentCountAllTimeRank" INTEGER NOT NULL,

    CONSTRAINT "QuestionRank_pkey" PRIMARY KEY ("questionId")
);

-- CreateTable
CREATE TABLE "AnswerRank" (
    "answerId" INTEGER NOT NULL,
    "checkCountDay" INTEGER NOT NULL,
    "checkCountWeek" INTEGER NOT NULL,
    "checkCountMonth" INTEGER NOT NULL,
    "checkCountYear" INTEGER NOT NULL,
    "checkCountAllTime" INTEGER NOT NULL,
    "crossCountDay" INTEGER NOT NULL,
    "crossCountWeek" INTEGER NOT NULL,
    "crossCountMonth" INTEGER NOT NULL,
    "crossCountYear" INTEGER NOT NULL,
    "crossCountAllTime" INTEGER NOT NULL,
    "heartCountDay" INTEGER NOT NULL,
    "heartCountWeek" INTEGER NOT NULL,
    "heartCountMonth" INTEGER NOT NULL,
    "heartCountYear" INTEGER NOT NULL,
    "heartCountAllTime" INTEGER NOT NULL,
    "commentCountDay" INTEGER NOT NULL,
    "commentCountWeek" INTEGER NOT NULL,
    "commentCountMonth" INTEGER NOT NULL,
    "commentCountYear" INTEGER NOT NULL,
    "commentCountAllTime" INTEGER NOT NULL,
    "checkCountDayRank" INTEGER NOT NULL,
    "checkCountWeekRank" INTEGER NOT NULL,
    "checkCountMonthRank" INTEGER NOT NULL,
    "checkCountYearRank" INTEGER NOT NULL,
    "checkCountAllTimeRank" INTEGER NOT NULL,
    "crossCountDayRank" INTEGER NOT NULL,
    "crossCountWeekRank" INTEGER NOT NULL,
    "crossCountMonthRank" INTEGER NOT NULL,
    "crossCountYearRank" INTEGER NOT NULL,
    "crossCountAllTimeRank" INTEGER NOT NULL,
    "heartCountDayRank" INTEGER NOT NULL,
    "heartCountWeekRank" INTEGER NOT NULL,
    "heartCountMonthRank" INTEGER NOT NULL,
    "heartCountYearRank" INTEGER NOT NULL,
    "heartCountAllTimeRank" INTEGER NOT NULL,
    "commentCountDayRank" INTEGER NOT NULL,
    "commentCountWeekRank" INTEGER NOT NULL,
    "commentCountMonthRank" INTEGER NOT NULL,
    "commentCountYearRank" INTEGER NOT NULL,
    "commentCountAllTimeRank" INTEGER NOT NULL,

    CONSTRAINT "AnswerRank_pkey" PRIMARY KEY ("answerId")
);

-- CreateTable
CREATE TABLE "ModelReportStat" (
    "modelId" INTEGER NOT NULL,
    "tosViolationPending" INTEGER NOT NULL,
    "tosViolationUnactioned" INTEGER NOT NULL,
    "tosViolationActioned" INTEGER NOT NULL,
    "nsfwPending" INTEGER NOT NULL,
    "nsfwUnactioned" INTEGER NOT NULL,
    "nsfwActioned" INTEGER NOT NULL,
    "ownershipPending" INTEGER NOT NULL,
    "ownershipProcessing" INTEGER NOT NULL,
    "ownershipActioned" INTEGER NOT NULL,
    "ownershipUnactioned" INTEGER NOT NULL,
    "adminAttentionPending" INTEGER NOT NULL,
    "adminAttentionActioned" INTEGER NOT NULL,
    "adminAttentionUnactioned" INTEGER NOT NULL,
    "claimPending" INTEGER NOT NULL,
    "claimActioned" INTEGER NOT NULL,
    "claimUnactioned" INTEGER NOT NULL,

    CONSTRAINT "ModelReportStat_pkey" PRIMARY KEY ("modelId")
);

-- CreateTable
CREATE TABLE "ArticleStat" (
    "articleId" INTEGER NOT NULL,
    "cryCountDay" INTEGER NOT NULL DEFAULT 0,
    "cryCountWeek" INTEGER NOT NULL DEFAULT 0,
    "cryCountMonth" INTEGER NOT NULL DEFAULT 0,
    "cryCountYear" INTEGER NOT NULL DEFAULT 0,
    "cryCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountDay" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountWeek" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountMonth" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountYear" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "heartCountDay" INTEGER NOT NULL DEFAULT 0,
    "heartCountWeek" INTEGER NOT NULL DEFAULT 0,
    "heartCountMonth" INTEGER NOT NULL DEFAULT 0,
    "heartCountYear" INTEGER NOT NULL DEFAULT 0,
    "heartCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "laughCountDay" INTEGER NOT NULL DEFAULT 0,
    "laughCountWeek" INTEGER NOT NULL DEFAULT 0,
    "laughCountMonth" INTEGER NOT NULL DEFAULT 0,
    "laughCountYear" INTEGER NOT NULL DEFAULT 0,
    "laughCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "likeCountDay" INTEGER NOT NULL DEFAULT 0,
    "likeCountWeek" INTEGER NOT NULL DEFAULT 0,
    "likeCountMonth" INTEGER NOT NULL DEFAULT 0,
    "likeCountYear" INTEGER NOT NULL DEFAULT 0,
    "likeCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "commentCountDay" INTEGER NOT NULL DEFAULT 0,
    "commentCountWeek" INTEGER NOT NULL DEFAULT 0,
    "commentCountMonth" INTEGER NOT NULL DEFAULT 0,
    "commentCountYear" INTEGER NOT NULL DEFAULT 0,
    "commentCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "reactionCountDay" INTEGER NOT NULL DEFAULT 0,
    "reactionCountWeek" INTEGER NOT NULL DEFAULT 0,
    "reactionCountMonth" INTEGER NOT NULL DEFAULT 0,
    "reactionCountYear" INTEGER NOT NULL DEFAULT 0,
    "reactionCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "viewCountDay" INTEGER NOT NULL DEFAULT 0,
    "viewCountWeek" INTEGER NOT NULL DEFAULT 0,
    "viewCountMonth" INTEGER NOT NULL DEFAULT 0,
    "viewCountYear" INTEGER NOT NULL DEFAULT 0,
    "viewCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "favoriteCountDay" INTEGER NOT NULL DEFAULT 0,
    "favoriteCountWeek" INTEGER NOT NULL DEFAULT 0,
    "favoriteCountMonth" INTEGER NOT NULL DEFAULT 0,
    "favoriteCountYear" INTEGER NOT NULL DEFAULT 0,
    "favoriteCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "collectedCountDay" INTEGER NOT NULL DEFAULT 0,
    "collectedCountWeek" INTEGER NOT NULL DEFAULT 0,
    "collectedCountMonth" INTEGER NOT NULL DEFAULT 0,
    "collectedCountYear" INTEGER NOT NULL DEFAULT 0,
    "collectedCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "hideCountDay" INTEGER NOT NULL DEFAULT 0,
    "hideCountWeek" INTEGER NOT NULL DEFAULT 0,
    "hideCountMonth" INTEGER NOT NULL DEFAULT 0,
    "hideCountYear" INTEGER NOT NULL DEFAULT 0,
    "hideCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "tippedCountDay" INTEGER NOT NULL DEFAULT 0,
    "tippedCountWeek" INTEGER NOT NULL DEFAULT 0,
    "tippedCountMonth" INTEGER NOT NULL DEFAULT 0,
    "tippedCountYear" INTEGER NOT NULL DEFAULT 0,
    "tippedCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountDay" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountWeek" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountMonth" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountYear" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountAllTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleStat_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "ArticleRank" (
    "articleId" INTEGER NOT NULL,
    "cryCountDayRank" INTEGER DEFAULT 0,
    "cryCountWeekRank" INTEGER DEFAULT 0,
    "cryCountMonthRank" INTEGER DEFAULT 0,
    "cryCountYearRank" INTEGER DEFAULT 0,
    "cryCountAllTimeRank" INTEGER DEFAULT 0,
    "dislikeCountDayRank" INTEGER DEFAULT 0,
    "dislikeCountWeekRank" INTEGER DEFAULT 0,
    "dislikeCountMonthRank" INTEGER DEFAULT 0,
    "dislikeCountYearRank" INTEGER DEFAULT 0,
    "dislikeCountAllTimeRank" INTEGER DEFAULT 0,
    "heartCountDayRank" INTEGER DEFAULT 0,
    "heartCountWeekRank" INTEGER DEFAULT 0,
    "heartCountMonthRank" INTEGER DEFAULT 0,
    "heartCountYearRank" INTEGER DEFAULT 0,
    "heartCountAllTimeRank" INTEGER DEFAULT 0,
    "laughCountDayRank" INTEGER DEFAULT 0,
    "laughCountWeekRank" INTEGER DEFAULT 0,
    "laughCountMonthRank" INTEGER DEFAULT 0,
    "laughCountYearRank" INTEGER DEFAULT 0,
    "laughCountAllTimeRank" INTEGER DEFAULT 0,
    "likeCountDayRank" INTEGER DEFAULT 0,
    "likeCountWeekRank" INTEGER DEFAULT 0,
    "likeCountMonthRank" INTEGER DEFAULT 0,
    "likeCountYearRank" INTEGER DEFAULT 0,
    "likeCountAllTimeRank" INTEGER DEFAULT 0,
    "commentCountDayRank" INTEGER DEFAULT 0,
    "commentCountWeekRank" INTEGER DEFAULT 0,
    "commentCountMonthRank" INTEGER DEFAULT 0,
    "commentCountYearRank" INTEGER DEFAULT 0,
    "commentCountAllTimeRank" INTEGER DEFAULT 0,
    "reactionCountDayRank" INTEGER DEFAULT 0,
    "reactionCountWeekRank" INTEGER DEFAULT 0,
    "reactionCountMonthRank" INTEGER DEFAULT 0,
    "reactionCountYearRank" INTEGER DEFAULT 0,
    "reactionCountAllTimeRank" INTEGER DEFAULT 0,
    "viewCountDayRank" INTEGER DEFAULT 0,
    "viewCountWeekRank" INTEGER DEFAULT 0,
    "viewCountMonthRank" INTEGER DEFAULT 0,
    "viewCountYearRank" INTEGER DEFAULT 0,
    "viewCountAllTimeRank" INTEGER DEFAULT 0,
    "favoriteCountDayRank" INTEGER DEFAULT 0,
    "favoriteCountWeekRank" INTEGER DEFAULT 0,
    "favoriteCountMonthRank" INTEGER DEFAULT 0,
    "favoriteCountYearRank" INTEGER DEFAULT 0,
    "favoriteCountAllTimeRank" INTEGER DEFAULT 0,
    "hideCountDayRank" INTEGER DEFAULT 0,
    "hideCountWeekRank" INTEGER DEFAULT 0,
    "hideCountMonthRank" INTEGER DEFAULT 0,
    "hideCountYearRank" INTEGER DEFAULT 0,
    "hideCountAllTimeRank" INTEGER DEFAULT 0,
    "collectedCountDayRank" INTEGER DEFAULT 0,
    "collectedCountWeekRank" INTEGER DEFAULT 0,
    "collectedCountMonthRank" INTEGER DEFAULT 0,
    "collectedCountYearRank" INTEGER DEFAULT 0,
    "collectedCountAllTimeRank" INTEGER DEFAULT 0,
    "tippedCountDayRank" INTEGER DEFAULT 0,
    "tippedCountWeekRank" INTEGER DEFAULT 0,
    "tippedCountMonthRank" INTEGER DEFAULT 0,
    "tippedCountYearRank" INTEGER DEFAULT 0,
    "tippedCountAllTimeRank" INTEGER DEFAULT 0,
    "tippedAmountCountDayRank" INTEGER DEFAULT 0,
    "tippedAmountCountWeekRank" INTEGER DEFAULT 0,
    "tippedAmountCountMonthRank" INTEGER DEFAULT 0,
    "tippedAmountCountYearRank" INTEGER DEFAULT 0,
    "tippedAmountCountAllTimeRank" INTEGER DEFAULT 0,

    CONSTRAINT "ArticleRank_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "UserStat" (
    "userId" INTEGER NOT NULL,
    "uploadCountAllTime" INTEGER NOT NULL,
    "reviewCountAllTime" INTEGER NOT NULL,
    "downloadCountAllTime" INTEGER NOT NULL,
    "generationCountAllTime" INTEGER NOT NULL,
    "followingCountAllTime" INTEGER NOT NULL,
    "followerCountAllTime" INTEGER NOT NULL,
    "hiddenCountAllTime" INTEGER NOT NULL,
    "answerCountAllTime" INTEGER NOT NULL,
    "answerAcceptCountAllTime" INTEGER NOT NULL,
    "thumbsUpCountAllTime" INTEGER NOT NULL,
    "thumbsDownCountAllTime" INTEGER NOT NULL,
    "reactionCountAllTime" INTEGER NOT NULL,

    CONSTRAINT "UserStat_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "UserRank" (
    "userId" INTEGER NOT NULL,
    "downloadCountDayRank" INTEGER DEFAULT 0,
    "downloadCountWeekRank" INTEGER DEFAULT 0,
    "downloadCountMonthRank" INTEGER DEFAULT 0,
    "downloadCountYearRank" INTEGER DEFAULT 0,
    "downloadCountAllTimeRank" INTEGER DEFAULT 0,
    "ratingCountDayRank" INTEGER DEFAULT 0,
    "ratingCountWeekRank" INTEGER DEFAULT 0,
    "ratingCountMonthRank" INTEGER DEFAULT 0,
    "ratingCountYearRank" INTEGER DEFAULT 0,
    "ratingCountAllTimeRank" INTEGER DEFAULT 0,
    "followerCountDayRank" INTEGER DEFAULT 0,
    "followerCountWeekRank" INTEGER DEFAULT 0,
    "followerCountMonthRank" INTEGER DEFAULT 0,
    "followerCountYearRank" INTEGER DEFAULT 0,
    "followerCountAllTimeRank" INTEGER DEFAULT 0,
    "ratingDayRank" INTEGER DEFAULT 0,
    "ratingWeekRank" INTEGER DEFAULT 0,
    "ratingMonthRank" INTEGER DEFAULT 0,
    "ratingYearRank" INTEGER DEFAULT 0,
    "ratingAllTimeRank" INTEGER DEFAULT 0,
    "favoriteCountDayRank" INTEGER DEFAULT 0,
    "favoriteCountWeekRank" INTEGER DEFAULT 0,
    "favoriteCountMonthRank" INTEGER DEFAULT 0,
    "favoriteCountYearRank" INTEGER DEFAULT 0,
    "favoriteCountAllTimeRank" INTEGER DEFAULT 0,
    "answerCountDayRank" INTEGER DEFAULT 0,
    "answerCountWeekRank" INTEGER DEFAULT 0,
    "answerCountMonthRank" INTEGER DEFAULT 0,
    "answerCountYearRank" INTEGER DEFAULT 0,
    "answerCountAllTimeRank" INTEGER DEFAULT 0,
    "answerAcceptCountDayRank" INTEGER DEFAULT 0,
    "answerAcceptCountWeekRank" INTEGER DEFAULT 0,
    "answerAcceptCountMonthRank" INTEGER DEFAULT 0,
    "answerAcceptCountYearRank" INTEGER DEFAULT 0,
    "answerAcceptCountAllTimeRank" INTEGER DEFAULT 0,
    "thumbsUpCountDayRank" INTEGER DEFAULT 0,
    "thumbsUpCountWeekRank" INTEGER DEFAULT 0,
    "thumbsUpCountMonthRank" INTEGER DEFAULT 0,
    "thumbsUpCountYearRank" INTEGER DEFAULT 0,
    "thumbsUpCountAllTimeRank" INTEGER DEFAULT 0,
    "thumbsDownCountDayRank" INTEGER DEFAULT 0,
    "thumbsDownCountWeekRank" INTEGER DEFAULT 0,
    "thumbsDownCountMonthRank" INTEGER DEFAULT 0,
    "thumbsDownCountYearRank" INTEGER DEFAULT 0,
    "thumbsDownCountAllTimeRank" INTEGER DEFAULT 0,
    "leaderboardRank" INTEGER,
    "leaderboardId" TEXT,
    "leaderboardTitle" TEXT,
    "leaderboardCosmetic" TEXT,

    CONSTRAINT "UserRank_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "TagStat" (
    "tagId" INTEGER NOT NULL,
    "followerCountDay" INTEGER NOT NULL,
    "followerCountWeek" INTEGER NOT NULL,
    "followerCountMonth" INTEGER NOT NULL,
    "followerCountYear" INTEGER NOT NULL,
    "followerCountAllTime" INTEGER NOT NULL,
    "hiddenCountDay" INTEGER NOT NULL,
    "hiddenCountWeek" INTEGER NOT NULL,
    "hiddenCountMonth" INTEGER NOT NULL,
    "hiddenCountYear" INTEGER NOT NULL,
    "hiddenCountAllTime" INTEGER NOT NULL,
    "modelCountDay" INTEGER NOT NULL,
    "modelCountWeek" INTEGER NOT NULL,
    "modelCountMonth" INTEGER NOT NULL,
    "modelCountYear" INTEGER NOT NULL,
    "modelCountAllTime" INTEGER NOT NULL,
    "imageCountDay" INTEGER NOT NULL,
    "imageCountWeek" INTEGER NOT NULL,
    "imageCountMonth" INTEGER NOT NULL,
    "imageCountYear" INTEGER NOT NULL,
    "imageCountAllTime" INTEGER NOT NULL,
    "postCountDay" INTEGER NOT NULL,
    "postCountWeek" INTEGER NOT NULL,
    "postCountMonth" INTEGER NOT NULL,
    "postCountYear" INTEGER NOT NULL,
    "postCountAllTime" INTEGER NOT NULL,

    CONSTRAINT "TagStat_pkey" PRIMARY KEY ("tagId")
);

-- CreateTable
CREATE TABLE "TagRank" (
    "tagId" INTEGER NOT NULL,
    "followerCountDayRank" INTEGER DEFAULT 0,
    "followerCountWeekRank" INTEGER DEFAULT 0,
    "followerCountMonthRank" INTEGER DEFAULT 0,
    "followerCountYearRank" INTEGER DEFAULT 0,
    "followerCountAllTimeRank" INTEGER DEFAULT 0,
    "hiddenCountDayRank" INTEGER DEFAULT 0,
    "hiddenCountWeekRank" INTEGER DEFAULT 0,
    "hiddenCountMonthRank" INTEGER DEFAULT 0,
    "hiddenCountYearRank" INTEGER DEFAULT 0,
    "hiddenCountAllTimeRank" INTEGER DEFAULT 0,
    "modelCountDayRank" INTEGER DEFAULT 0,
    "modelCountWeekRank" INTEGER DEFAULT 0,
    "modelCountMonthRank" INTEGER DEFAULT 0,
    "modelCountYearRank" INTEGER DEFAULT 0,
    "modelCountAllTimeRank" INTEGER DEFAULT 0,
    "imageCountDayRank" INTEGER DEFAULT 0,
    "imageCountWeekRank" INTEGER DEFAULT 0,
    "imageCountMonthRank" INTEGER DEFAULT 0,
    "imageCountYearRank" INTEGER DEFAULT 0,
    "imageCountAllTimeRank" INTEGER DEFAULT 0,
    "postCountDayRank" INTEGER DEFAULT 0,
    "postCountWeekRank" INTEGER DEFAULT 0,
    "postCountMonthRank" INTEGER DEFAULT 0,
    "postCountYearRank" INTEGER DEFAULT 0,
    "postCountAllTimeRank" INTEGER DEFAULT 0,
    "articleCountDayRank" INTEGER DEFAULT 0,
    "articleCountWeekRank" INTEGER DEFAULT 0,
    "articleCountMonthRank" INTEGER DEFAULT 0,
    "articleCountYearRank" INTEGER DEFAULT 0,
    "articleCountAllTimeRank" INTEGER DEFAULT 0,

    CONSTRAINT "TagRank_pkey" PRIMARY KEY ("tagId")
);

-- CreateTable
CREATE TABLE "ImageModHelper" (
    "imageId" INTEGER NOT NULL,
    "assessedNSFW" BOOLEAN DEFAULT false,
    "nsfwReportCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ImageModHelper_pkey" PRIMARY KEY ("imageId")
);

-- CreateTable
CREATE TABLE "ModelHash" (
    "modelId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "hashType" "ModelHashType" NOT NULL,
    "fileType" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "ModelHash_pkey" PRIMARY KEY ("modelId")
);

-- CreateTable
CREATE TABLE "PostHelper" (
    "postId" INTEGER NOT NULL,
    "scanned" BOOLEAN NOT NULL,

    CONSTRAINT "PostHelper_pkey" PRIMARY KEY ("postId")
);

-- CreateTable
CREATE TABLE "PostStat" (
    "postId" INTEGER NOT NULL,
    "cryCountDay" INTEGER NOT NULL DEFAULT 0,
    "cryCountWeek" INTEGER NOT NULL DEFAULT 0,
    "cryCountMonth" INTEGER NOT NULL DEFAULT 0,
    "cryCountYear" INTEGER NOT NULL DEFAULT 0,
    "cryCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountDay" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountWeek" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountMonth" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountYear" INTEGER NOT NULL DEFAULT 0,
    "dislikeCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "heartCountDay" INTEGER NOT NULL DEFAULT 0,
    "heartCountWeek" INTEGER NOT NULL DEFAULT 0,
    "heartCountMonth" INTEGER NOT NULL DEFAULT 0,
    "heartCountYear" INTEGER NOT NULL DEFAULT 0,
    "heartCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "laughCountDay" INTEGER NOT NULL DEFAULT 0,
    "laughCountWeek" INTEGER NOT NULL DEFAULT 0,
    "laughCountMonth" INTEGER NOT NULL DEFAULT 0,
    "laughCountYear" INTEGER NOT NULL DEFAULT 0,
    "laughCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "likeCountDay" INTEGER NOT NULL DEFAULT 0,
    "likeCountWeek" INTEGER NOT NULL DEFAULT 0,
    "likeCountMonth" INTEGER NOT NULL DEFAULT 0,
    "likeCountYear" INTEGER NOT NULL DEFAULT 0,
    "likeCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "commentCountDay" INTEGER NOT NULL DEFAULT 0,
    "commentCountWeek" INTEGER NOT NULL DEFAULT 0,
    "commentCountMonth" INTEGER NOT NULL DEFAULT 0,
    "commentCountYear" INTEGER NOT NULL DEFAULT 0,
    "commentCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "reactionCountDay" INTEGER NOT NULL DEFAULT 0,
    "reactionCountWeek" INTEGER NOT NULL DEFAULT 0,
    "reactionCountMonth" INTEGER NOT NULL DEFAULT 0,
    "reactionCountYear" INTEGER NOT NULL DEFAULT 0,
    "reactionCountAllTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PostStat_pkey" PRIMARY KEY ("postId")
);

-- CreateTable
CREATE TABLE "CollectionStat" (
    "collectionId" INTEGER NOT NULL,
    "followerCountDay" INTEGER NOT NULL,
    "followerCountWeek" INTEGER NOT NULL,
    "followerCountMonth" INTEGER NOT NULL,
    "followerCountYear" INTEGER NOT NULL,
    "followerCountAllTime" INTEGER NOT NULL,
    "itemCountDay" INTEGER NOT NULL,
    "itemCountWeek" INTEGER NOT NULL,
    "itemCountMonth" INTEGER NOT NULL,
    "itemCountYear" INTEGER NOT NULL,
    "itemCountAllTime" INTEGER NOT NULL,
    "contributorCountDay" INTEGER NOT NULL,
    "contributorCountWeek" INTEGER NOT NULL,
    "contributorCountMonth" INTEGER NOT NULL,
    "contributorCountYear" INTEGER NOT NULL,
    "contributorCountAllTime" INTEGER NOT NULL,

    CONSTRAINT "CollectionStat_pkey" PRIMARY KEY ("collectionId")
);

-- CreateTable
CREATE TABLE "CollectionRank" (
    "collectionId" INTEGER NOT NULL,
    "followerCountDayRank" INTEGER DEFAULT 0,
    "followerCountWeekRank" INTEGER DEFAULT 0,
    "followerCountMonthRank" INTEGER DEFAULT 0,
    "followerCountYearRank" INTEGER DEFAULT 0,
    "followerCountAllTimeRank" INTEGER DEFAULT 0,
    "itemCountDayRank" INTEGER DEFAULT 0,
    "itemCountWeekRank" INTEGER DEFAULT 0,
    "itemCountMonthRank" INTEGER DEFAULT 0,
    "itemCountYearRank" INTEGER DEFAULT 0,
    "itemCountAllTimeRank" INTEGER DEFAULT 0,
    "contributorCountDayRank" INTEGER DEFAULT 0,
    "contributorCountWeekRank" INTEGER DEFAULT 0,
    "contributorCountMonthRank" INTEGER DEFAULT 0,
    "contributorCountYearRank" INTEGER DEFAULT 0,
    "contributorCountAllTimeRank" INTEGER DEFAULT 0,

    CONSTRAINT "CollectionRank_pkey" PRIMARY KEY ("collectionId")
);

-- CreateTable
CREATE TABLE "ImageTag" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "tagName" TEXT NOT NULL,
    "tagType" "TagType" NOT NULL,
    "tagNsfw" "NsfwLevel" NOT NULL,
    "tagNsfwLevel" INTEGER NOT NULL,
    "automated" BOOLEAN NOT NULL,
    "confidence" INTEGER,
    "score" INTEGER NOT NULL,
    "upVotes" INTEGER NOT NULL,
    "downVotes" INTEGER NOT NULL,
    "needsReview" BOOLEAN NOT NULL,
    "concrete" BOOLEAN NOT NULL,
    "lastUpvote" TIMESTAMP(3),
    "source" "TagSource" NOT NULL,

    CONSTRAINT "ImageTag_pkey" PRIMARY KEY ("imageId","tagId")
);

-- CreateTable
CREATE TABLE "ModelTag" (
    "modelId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "tagName" TEXT NOT NULL,
    "tagType" "TagType" NOT NULL,
    "score" INTEGER NOT NULL,
    "upVotes" INTEGER NOT NULL,
    "downVotes" INTEGER NOT NULL,
    "needsReview" BOOLEAN NOT NULL,

    CONSTRAINT "ModelTag_pkey" PRIMARY KEY ("modelId","tagId")
);

-- CreateTable
CREATE TABLE "ImageResourceHelper" (
    "imageId" INTEGER NOT NULL,
    "reviewId" INTEGER,
    "reviewRating" INTEGER,
    "reviewDetails" TEXT,
    "reviewCreatedAt" TIMESTAMP(3),
    "name" TEXT,
    "modelVersionId" INTEGER NOT NULL,
    "modelVersionName" TEXT,
    "modelVersionCreatedAt" TIMESTAMP(3),
    "modelId" INTEGER,
    "modelName" TEXT,
    "modelDownloadCount" INTEGER,
    "modelCommentCount" INTEGER,
    "modelThumbsUpCount" INTEGER,
    "modelThumbsDownCount" INTEGER,
    "modelType" "ModelType",
    "modelVersionBaseModel" TEXT,
    "detected" BOOLEAN,

    CONSTRAINT "ImageResourceHelper_pkey" PRIMARY KEY ("imageId","modelVersionId")
);

-- CreateTable
CREATE TABLE "PostResourceHelper" (
    "postId" INTEGER NOT NULL,
    "reviewId" INTEGER,
    "reviewRating" INTEGER,
    "reviewRecommended" BOOLEAN,
    "reviewDetails" TEXT,
    "reviewCreatedAt" TIMESTAMP(3),
    "name" TEXT,
    "imageId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "modelVersionName" TEXT,
    "modelVersionCreatedAt" TIMESTAMP(3),
    "modelId" INTEGER,
    "modelName" TEXT,
    "modelDownloadCount" INTEGER,
    "modelCommentCount" INTEGER,
    "modelThumbsUpCount" INTEGER,
    "modelThumbsDownCount" INTEGER,
    "modelType" "ModelType",

    CONSTRAINT "PostResourceHelper_pkey" PRIMARY KEY ("imageId","modelVersionId")
);

-- CreateTable
CREATE TABLE "PostImageTag" (
    "postId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    CONSTRAINT "PostImageTag_pkey" PRIMARY KEY ("postId","tagId")
);

-- CreateTable
CREATE TABLE "PostTag" (
    "postId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "tagName" TEXT NOT NULL,
    "tagType" "TagType" NOT NULL,
    "score" INTEGER NOT NULL,
    "upVotes" INTEGER NOT NULL,
    "downVotes" INTEGER NOT NULL,

    CONSTRAINT "PostTag_pkey" PRIMARY KEY ("postId","tagId")
);

-- CreateTable
CREATE TABLE "ResourceReviewHelper" (
    "resourceReviewId" INTEGER NOT NULL,
    "imageCount" INTEGER NOT NULL,

    CONSTRAINT "ResourceReviewHelper_pkey" PRIMARY KEY ("resourceReviewId")
);

-- CreateTable
CREATE TABLE "GenerationCoverage" (
    "modelId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "covered" BOOLEAN NOT NULL,

    CONSTRAINT "GenerationCoverage_pkey" PRIMARY KEY ("modelId","modelVersionId")
);

-- CreateTable
CREATE TABLE "UserProfile" (
    "userId" INTEGER NOT NULL,
    "coverImageId" INTEGER,
    "bio" TEXT,
    "message" TEXT,
    "messageAddedAt" TIMESTAMP(3),
    "location" TEXT,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "privacySettings" JSONB NOT NULL DEFAULT '{"showFollowerCount":true,"showFollowingCount":true,"showReviewsRating":true}',
    "profileSectionsSettings" JSONB NOT NULL DEFAULT '[{"key":"showcase","enabled":true},{"key":"popularModels","enabled":true},{"key":"popularArticles","enabled":true},{"key":"modelsOverview","enabled":true},{"key":"imagesOverview","enabled":true},{"key":"recentReviews","enabled":true}]',
    "showcaseItems" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "UserProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "BountyStat" (
    "bountyId" INTEGER NOT NULL,
    "favoriteCountDay" INTEGER NOT NULL,
    "favoriteCountWeek" INTEGER NOT NULL,
    "favoriteCountMonth" INTEGER NOT NULL,
    "favoriteCountYear" INTEGER NOT NULL,
    "favoriteCountAllTime" INTEGER NOT NULL,
    "trackCountDay" INTEGER NOT NULL,
    "trackCountWeek" INTEGER NOT NULL,
    "trackCountMonth" INTEGER NOT NULL,
    "trackCountYear" INTEGER NOT NULL,
    "trackCountAllTime" INTEGER NOT NULL,
    "entryCountDay" INTEGER NOT NULL,
    "entryCountWeek" INTEGER NOT NULL,
    "entryCountMonth" INTEGER NOT NULL,
    "entryCountYear" INTEGER NOT NULL,
    "entryCountAllTime" INTEGER NOT NULL,
    "benefactorCountDay" INTEGER NOT NULL,
    "benefactorCountWeek" INTEGER NOT NULL,
    "benefactorCountMonth" INTEGER NOT NULL,
    "benefactorCountYear" INTEGER NOT NULL,
    "benefactorCountAllTime" INTEGER NOT NULL,
    "unitAmountCountDay" INTEGER NOT NULL,
    "unitAmountCountWeek" INTEGER NOT NULL,
    "unitAmountCountMonth" INTEGER NOT NULL,
    "unitAmountCountYear" INTEGER NOT NULL,
    "unitAmountCountAllTime" INTEGER NOT NULL,
    "commentCountDay" INTEGER NOT NULL,
    "commentCountWeek" INTEGER NOT NULL,
    "commentCountMonth" INTEGER NOT NULL,
    "commentCountYear" INTEGER NOT NULL,
    "commentCountAllTime" INTEGER NOT NULL,

    CONSTRAINT "BountyStat_pkey" PRIMARY KEY ("bountyId")
);

-- CreateTable
CREATE TABLE "BountyRank" (
    "bountyId" INTEGER NOT NULL,
    "favoriteCountDayRank" INTEGER DEFAULT 0,
    "favoriteCountWeekRank" INTEGER DEFAULT 0,
    "favoriteCountMonthRank" INTEGER DEFAULT 0,
    "favoriteCountYearRank" INTEGER DEFAULT 0,
    "favoriteCountAllTimeRank" INTEGER DEFAULT 0,
    "trackCountDayRank" INTEGER DEFAULT 0,
    "trackCountWeekRank" INTEGER DEFAULT 0,
    "trackCountMonthRank" INTEGER DEFAULT 0,
    "trackCountYearRank" INTEGER DEFAULT 0,
    "trackCountAllTimeRank" INTEGER DEFAULT 0,
    "entryCountDayRank" INTEGER DEFAULT 0,
    "entryCountWeekRank" INTEGER DEFAULT 0,
    "entryCountMonthRank" INTEGER DEFAULT 0,
    "entryCountYearRank" INTEGER DEFAULT 0,
    "entryCountAllTimeRank" INTEGER DEFAULT 0,
    "benefactorCountDayRank" INTEGER DEFAULT 0,
    "benefactorCountWeekRank" INTEGER DEFAULT 0,
    "benefactorCountMonthRank" INTEGER DEFAULT 0,
    "benefactorCountYearRank" INTEGER DEFAULT 0,
    "benefactorCountAllTimeRank" INTEGER DEFAULT 0,
    "unitAmountCountDayRank" INTEGER DEFAULT 0,
    "unitAmountCountWeekRank" INTEGER DEFAULT 0,
    "unitAmountCountMonthRank" INTEGER DEFAULT 0,
    "unitAmountCountYearRank" INTEGER DEFAULT 0,
    "unitAmountCountAllTimeRank" INTEGER DEFAULT 0,
    "commentCountDayRank" INTEGER DEFAULT 0,
    "commentCountWeekRank" INTEGER DEFAULT 0,
    "commentCountMonthRank" INTEGER DEFAULT 0,
    "commentCountYearRank" INTEGER DEFAULT 0,
    "commentCountAllTimeRank" INTEGER DEFAULT 0,

    CONSTRAINT "BountyRank_pkey" PRIMARY KEY ("bountyId")
);

-- CreateTable
CREATE TABLE "BountyEntryStat" (
    "bountyEntryId" INTEGER NOT NULL,
    "cryCountDay" INTEGER NOT NULL,
    "cryCountWeek" INTEGER NOT NULL,
    "cryCountMonth" INTEGER NOT NULL,
    "cryCountYear" INTEGER NOT NULL,
    "cryCountAllTime" INTEGER NOT NULL,
    "dislikeCountDay" INTEGER NOT NULL,
    "dislikeCountWeek" INTEGER NOT NULL,
    "dislikeCountMonth" INTEGER NOT NULL,
    "dislikeCountYear" INTEGER NOT NULL,
    "dislikeCountAllTime" INTEGER NOT NULL,
    "heartCountDay" INTEGER NOT NULL,
    "heartCountWeek" INTEGER NOT NULL,
    "heartCountMonth" INTEGER NOT NULL,
    "heartCountYear" INTEGER NOT NULL,
    "heartCountAllTime" INTEGER NOT NULL,
    "laughCountDay" INTEGER NOT NULL,
    "laughCountWeek" INTEGER NOT NULL,
    "laughCountMonth" INTEGER NOT NULL,
    "laughCountYear" INTEGER NOT NULL,
    "laughCountAllTime" INTEGER NOT NULL,
    "likeCountDay" INTEGER NOT NULL,
    "likeCountWeek" INTEGER NOT NULL,
    "likeCountMonth" INTEGER NOT NULL,
    "likeCountYear" INTEGER NOT NULL,
    "likeCountAllTime" INTEGER NOT NULL,
    "reactionCountDay" INTEGER NOT NULL,
    "reactionCountWeek" INTEGER NOT NULL,
    "reactionCountMonth" INTEGER NOT NULL,
    "reactionCountYear" INTEGER NOT NULL,
    "reactionCountAllTime" INTEGER NOT NULL,
    "unitAmountCountDay" INTEGER NOT NULL,
    "unitAmountCountWeek" INTEGER NOT NULL,
    "unitAmountCountMonth" INTEGER NOT NULL,
    "unitAmountCountYear" INTEGER NOT NULL,
    "unitAmountCountAllTime" INTEGER NOT NULL,
    "tippedCountDay" INTEGER NOT NULL DEFAULT 0,
    "tippedCountWeek" INTEGER NOT NULL DEFAULT 0,
    "tippedCountMonth" INTEGER NOT NULL DEFAULT 0,
    "tippedCountYear" INTEGER NOT NULL DEFAULT 0,
    "tippedCountAllTime" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountDay" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountWeek" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountMonth" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountYear" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCountAllTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BountyEntryStat_pkey" PRIMARY KEY ("bountyEntryId")
);

-- CreateTable
CREATE TABLE "BountyEntryRank" (
    "bountyEntryId" INTEGER NOT NULL,
    "cryCountDayRank" INTEGER DEFAULT 0,
    "cryCountWeekRank" INTEGER DEFAULT 0,
    "cryCountMonthRank" INTEGER DEFAULT 0,
    "cryCountYearRank" INTEGER DEFAULT 0,
    "cryCountAllTimeRank" INTEGER DEFAULT 0,
    "dislikeCountDayRank" INTEGER DEFAULT 0,
    "dislikeCountWeekRank" INTEGER DEFAULT 0,
    "dislikeCountMonthRank" INTEGER DEFAULT 0,
    "dislikeCountYearRank" INTEGER DEFAULT 0,
    "dislikeCountAllTimeRank" INTEGER DEFAULT 0,
    "heartCountDayRank" INTEGER DEFAULT 0,
    "heartCountWeekRank" INTEGER DEFAULT 0,
    "heartCountMonthRank" INTEGER DEFAULT 0,
    "heartCountYearRank" INTEGER DEFAULT 0,
    "heartCountAllTimeRank" INTEGER DEFAULT 0,
    "laughCountDayRank" INTEGER DEFAULT 0,
    "laughCountWeekRank" INTEGER DEFAULT 0,
    "laughCountMonthRank" INTEGER DEFAULT 0,
    "laughCountYearRank" INTEGER DEFAULT 0,
    "laughCountAllTimeRank" INTEGER DEFAULT 0,
    "likeCountDayRank" INTEGER DEFAULT 0,
    "likeCountWeekRank" INTEGER DEFAULT 0,
    "likeCountMonthRank" INTEGER DEFAULT 0,
    "likeCountYearRank" INTEGER DEFAULT 0,
    "likeCountAllTimeRank" INTEGER DEFAULT 0,
    "reactionCountDayRank" INTEGER DEFAULT 0,
    "reactionCountWeekRank" INTEGER DEFAULT 0,
    "reactionCountMonthRank" INTEGER DEFAULT 0,
    "reactionCountYearRank" INTEGER DEFAULT 0,
    "reactionCountAllTimeRank" INTEGER DEFAULT 0,
    "unitAmountCountDayRank" INTEGER DEFAULT 0,
    "unitAmountCountWeekRank" INTEGER DEFAULT 0,
    "unitAmountCountMonthRank" INTEGER DEFAULT 0,
    "unitAmountCountYearRank" INTEGER DEFAULT 0,
    "unitAmountCountAllTimeRank" INTEGER DEFAULT 0,
    "tippedCountDayRank" INTEGER DEFAULT 0,
    "tippedCountWeekRank" INTEGER DEFAULT 0,
    "tippedCountMonthRank" INTEGER DEFAULT 0,
    "tippedCountYearRank" INTEGER DEFAULT 0,
    "tippedCountAllTimeRank" INTEGER DEFAULT 0,
    "tippedAmountCountDayRank" INTEGER DEFAULT 0,
    "tippedAmountCountWeekRank" INTEGER DEFAULT 0,
    "tippedAmountCountMonthRank" INTEGER DEFAULT 0,
    "tippedAmountCountYearRank" INTEGER DEFAULT 0,
    "tippedAmountCountAllTimeRank" INTEGER DEFAULT 0,

    CONSTRAINT "BountyEntryRank_pkey" PRIMARY KEY ("bountyEntryId")
);

-- CreateTable
CREATE TABLE "ClubStat" (
    "clubId" INTEGER NOT NULL,
    "memberCountDay" INTEGER NOT NULL,
    "memberCountWeek" INTEGER NOT NULL,
    "memberCountMonth" INTEGER NOT NULL,
    "memberCountYear" INTEGER NOT NULL,
    "memberCountAllTime" INTEGER NOT NULL,
    "resourceCountDay" INTEGER NOT NULL,
    "resourceCountWeek" INTEGER NOT NULL,
    "resourceCountMonth" INTEGER NOT NULL,
    "resourceCountYear" INTEGER NOT NULL,
    "resourceCountAllTime" INTEGER NOT NULL,
    "clubPostCountDay" INTEGER NOT NULL,
    "clubPostCountWeek" INTEGER NOT NULL,
    "clubPostCountMonth" INTEGER NOT NULL,
    "clubPostCountYear" INTEGER NOT NULL,
    "clubPostCountAllTime" INTEGER NOT NULL,

    CONSTRAINT "ClubStat_pkey" PRIMARY KEY ("clubId")
);

-- CreateTable
CREATE TABLE "ClubRank" (
    "clubId" INTEGER NOT NULL,
    "memberCountDayRank" INTEGER DEFAULT 0,
    "memberCountWeekRank" INTEGER DEFAULT 0,
    "memberCountMonthRank" INTEGER DEFAULT 0,
    "memberCountYearRank" INTEGER DEFAULT 0,
    "memberCountAllTimeRank" INTEGER DEFAULT 0,
    "resourceCountDayRank" INTEGER DEFAULT 0,
    "resourceCountWeekRank" INTEGER DEFAULT 0,
    "resourceCountMonthRank" INTEGER DEFAULT 0,
    "resourceCountYearRank" INTEGER DEFAULT 0,
    "resourceCountAllTimeRank" INTEGER DEFAULT 0,
    "clubPostCountDayRank" INTEGER DEFAULT 0,
    "clubPostCountWeekRank" INTEGER DEFAULT 0,
    "clubPostCountMonthRank" INTEGER DEFAULT 0,
    "clubPostCountYearRank" INTEGER DEFAULT 0,
    "clubPostCountAllTimeRank" INTEGER DEFAULT 0,

    CONSTRAINT "ClubRank_pkey" PRIMARY KEY ("clubId")
);

-- CreateTable
CREATE TABLE "EntityMetric" (
    "entityType" "EntityMetric_EntityType_Type" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "metricType" "EntityMetric_MetricType_Type" NOT NULL,
    "metricValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EntityMetric_pkey" PRIMARY KEY ("entityType","entityId","metricType")
);

-- CreateTable
CREATE TABLE "EntityMetricImage" (
    "imageId" INTEGER NOT NULL,
    "reactionLike" INTEGER,
    "reactionHeart" INTEGER,
    "reactionLaugh" INTEGER,
    "reactionCry" INTEGER,
    "reactionTotal" INTEGER,
    "comment" INTEGER,
    "collection" INTEGER,
    "buzz" INTEGER,

    CONSTRAINT "EntityMetricImage_pkey" PRIMARY KEY ("imageId")
);

-- CreateTable
CREATE TABLE "TagsOnImageDetails" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "source" "TagSource" NOT NULL,
    "automated" BOOLEAN NOT NULL,
    "disabled" BOOLEAN NOT NULL,
    "needsReview" BOOLEAN NOT NULL,
    "reserved_1" BOOLEAN NOT NULL,
    "reserved_2" BOOLEAN NOT NULL,
    "confidence" INTEGER NOT NULL,

    CONSTRAINT "TagsOnImageDetails_pkey" PRIMARY KEY ("imageId","tagId")
);

-- CreateTable
CREATE TABLE "ComicProject" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "coverImageId" INTEGER,
    "heroImageId" INTEGER,
    "heroImagePosition" INTEGER NOT NULL DEFAULT 50,
    "status" "ComicProjectStatus" NOT NULL DEFAULT 'Active',
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "meta" JSONB,
    "baseModel" VARCHAR(50),
    "genre" "ComicGenre",
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComicProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComicProjectMetric" (
    "comicProjectId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tippedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCount" INTEGER NOT NULL DEFAULT 0,
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenCount" INTEGER NOT NULL DEFAULT 0,
    "readerCount" INTEGER NOT NULL DEFAULT 0,
    "chapterReadCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComicProjectMetric_pkey" PRIMARY KEY ("comicProjectId")
);

-- CreateTable
CREATE TABLE "ComicChapter" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "name" VARCHAR(255) NOT NULL DEFAULT 'Chapter 1',
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "ComicChapterStatus" NOT NULL DEFAULT 'Draft',
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "earlyAccessConfig" JSONB,
    "earlyAccessEndsAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "initialPublishedAt" TIMESTAMP(3),
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComicChapter_pkey" PRIMARY KEY ("projectId","position")
);

-- CreateTable
CREATE TABLE "ComicChapterRead" (
    "userId" INTEGER NOT NULL,
    "chapterId" INTEGER NOT NULL,
    "unread" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComicChapterRead_pkey" PRIMARY KEY ("userId","chapterId")
);

-- CreateTable
CREATE TABLE "ComicReference" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "type" "ComicReferenceType" NOT NULL DEFAULT 'Character',
    "description" TEXT,
    "status" "ComicReferenceStatus" NOT NULL DEFAULT 'Pending',
    "errorMessage" TEXT,
    "buzzCost" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComicReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComicReferenceImage" (
    "referenceId" INTEGER NOT NULL,
    "imageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComicReferenceImage_pkey" PRIMARY KEY ("referenceId","imageId")
);

-- CreateTable
CREATE TABLE "ComicProjectReference" (
    "projectId" INTEGER NOT NULL,
    "referenceId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComicProjectReference_pkey" PRIMARY KEY ("projectId","referenceId")
);

-- CreateTable
CREATE TABLE "ComicPanel" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "chapterPosition" INTEGER NOT NULL,
    "imageId" INTEGER,
    "prompt" TEXT NOT NULL,
    "enhancedPrompt" TEXT,
    "imageUrl" VARCHAR(500),
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "ComicPanelStatus" NOT NULL DEFAULT 'Pending',
    "workflowId" TEXT,
    "civitaiJobId" VARCHAR(100),
    "errorMessage" TEXT,
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComicPanel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComicProjectEngagement" (
    "userId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "type" "ComicEngagementType" NOT NULL DEFAULT 'None',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComicProjectEngagement_pkey" PRIMARY KEY ("userId","projectId")
);

-- CreateTable
CREATE TABLE "ComicPanelReference" (
    "panelId" INTEGER NOT NULL,
    "referenceId" INTEGER NOT NULL,

    CONSTRAINT "ComicPanelReference_pkey" PRIMARY KEY ("panelId","referenceId")
);

-- CreateTable
CREATE TABLE "UserRestriction" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'generation',
    "status" "UserRestrictionStatus" NOT NULL DEFAULT 'Pending',
    "triggers" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedBy" INTEGER,
    "resolvedMessage" TEXT,
    "userMessage" TEXT,
    "userMessageAt" TIMESTAMP(3),

    CONSTRAINT "UserRestriction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptAllowlist" (
    "id" SERIAL NOT NULL,
    "trigger" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "addedBy" INTEGER NOT NULL,
    "reason" TEXT,
    "userRestrictionId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromptAllowlist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserStrike" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "reason" "StrikeReason" NOT NULL,
    "status" "StrikeStatus" NOT NULL DEFAULT 'Active',
    "points" INTEGER NOT NULL DEFAULT 1,
    "description" VARCHAR(1000) NOT NULL,
    "internalNotes" VARCHAR(2000),
    "entityType" "EntityType",
    "entityId" INTEGER,
    "reportId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "voidedAt" TIMESTAMP(3),
    "voidedBy" INTEGER,
    "voidReason" VARCHAR(1000),
    "issuedBy" INTEGER,

    CONSTRAINT "UserStrike_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationPreset" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" CITEXT NOT NULL,
    "description" VARCHAR(500),
    "ecosystem" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GenerationPreset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WildcardSet" (
    "id" SERIAL NOT NULL,
    "kind" "WildcardSetKind" NOT NULL,
    "modelVersionId" INTEGER,
    "ownerUserId" INTEGER,
    "name" CITEXT NOT NULL,
    "auditStatus" "WildcardSetAuditStatus" NOT NULL DEFAULT 'Pending',
    "auditRuleVersion" TEXT,
    "auditedAt" TIMESTAMP(3),
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "usable" BOOLEAN NOT NULL DEFAULT false,
    "isInvalidated" BOOLEAN NOT NULL DEFAULT false,
    "invalidationReason" TEXT,
    "invalidatedAt" TIMESTAMP(3),
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WildcardSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WildcardSetCategory" (
    "id" SERIAL NOT NULL,
    "wildcardSetId" INTEGER NOT NULL,
    "name" CITEXT NOT NULL,
    "values" TEXT[],
    "valueCount" INTEGER NOT NULL DEFAULT 0,
    "auditStatus" "WildcardSetCategoryAuditStatus" NOT NULL DEFAULT 'Pending',
    "auditRuleVersion" TEXT,
    "auditedAt" TIMESTAMP(3),
    "auditNote" TEXT,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WildcardSetCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScannerLabelReview" (
    "id" SERIAL NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "reviewedBy" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" "ReviewVerdict" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ScannerLabelReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScannerContentSnapshot" (
    "contentHash" TEXT NOT NULL,
    "scanner" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScannerContentSnapshot_pkey" PRIMARY KEY ("contentHash")
);

-- CreateTable
CREATE TABLE "Model3DLicense" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "allowCommercialUse" BOOLEAN NOT NULL DEFAULT false,
    "allowPrintFarm" BOOLEAN NOT NULL DEFAULT false,
    "allowDerivatives" BOOLEAN NOT NULL DEFAULT true,
    "allowRedistribution" BOOLEAN NOT NULL DEFAULT false,
    "requireAttribution" BOOLEAN NOT NULL DEFAULT true,
    "isCustom" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model3DLicense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3D" (
    "id" SERIAL NOT NULL,
    "name" CITEXT NOT NULL,
    "description" TEXT,
    "userId" INTEGER NOT NULL,
    "thumbnailImageId" INTEGER,
    "licenseId" INTEGER NOT NULL,
    "licenseDetails" TEXT,
    "workflowId" TEXT,
    "sourceImageId" INTEGER,
    "generationParams" JSONB,
    "status" "Model3DStatus" NOT NULL DEFAULT 'Draft',
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "lockedProperties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "gallerySettings" JSONB NOT NULL DEFAULT '{"users":[],"tags":[],"images":[]}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedBy" INTEGER,

    CONSTRAINT "Model3D_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3DFile" (
    "id" SERIAL NOT NULL,
    "model3dId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "sizeKB" DOUBLE PRECISION NOT NULL,
    "format" TEXT NOT NULL,
    "variant" TEXT NOT NULL DEFAULT 'primary',
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "virusScanResult" "ScanResultCode" NOT NULL DEFAULT 'Success',
    "virusScanMessage" TEXT,
    "rawScanResult" JSONB,
    "scannedAt" TIMESTAMP(3),
    "scanRequestedAt" TIMESTAMP(3),
    "exists" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model3DFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagsOnModel3D" (
    "model3dId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagsOnModel3D_pkey" PRIMARY KEY ("model3dId","tagId")
);

-- CreateTable
CREATE TABLE "Model3DEngagement" (
    "userId" INTEGER NOT NULL,
    "model3dId" INTEGER NOT NULL,
    "type" "Model3DEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model3DEngagement_pkey" PRIMARY KEY ("userId","model3dId")
);

-- CreateTable
CREATE TABLE "Model3DReport" (
    "model3dId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "Model3DReport_pkey" PRIMARY KEY ("reportId","model3dId")
);

-- CreateTable
CREATE TABLE "Model3DReview" (
    "id" SERIAL NOT NULL,
    "model3dId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "recommended" BOOLEAN NOT NULL DEFAULT true,
    "details" TEXT,
    "nsfw" BOOLEAN NOT NULL DEFAULT false,
    "tosViolation" BOOLEAN NOT NULL DEFAULT false,
    "exclude" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model3DReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3DReviewReport" (
    "model3dReviewId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,

    CONSTRAINT "Model3DReviewReport_pkey" PRIMARY KEY ("reportId","model3dReviewId")
);

-- CreateTable
CREATE TABLE "Model3DMetric" (
    "model3dId" INTEGER NOT NULL,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "collectedCount" INTEGER NOT NULL DEFAULT 0,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "tippedCount" INTEGER NOT NULL DEFAULT 0,
    "tippedAmountCount" INTEGER NOT NULL DEFAULT 0,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "recommendedCount" INTEGER NOT NULL DEFAULT 0,
    "reactionCount" INTEGER NOT NULL DEFAULT 0,
    "earnedAmount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nsfwLevel" INTEGER NOT NULL DEFAULT 0,
    "userId" INTEGER NOT NULL DEFAULT 0,
    "status" "Model3DStatus" NOT NULL DEFAULT 'Draft',
    "availability" "Availability" NOT NULL DEFAULT 'Public',
    "poi" BOOLEAN NOT NULL DEFAULT false,
    "minor" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Model3DMetric_pkey" PRIMARY KEY ("model3dId")
);

-- CreateTable
CREATE TABLE "ShopifyCustomerLink" (
    "id" SERIAL NOT NULL,
    "shopifyCustomerId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopifyCustomerLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShopifyMerchOrder" (
    "id" SERIAL NOT NULL,
    "shopifyOrderId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "shopifyCustomerId" TEXT,
    "subtotal" DECIMAL(10,2) NOT NULL,
    "couponCodes" TEXT[],
    "buzzAmount" INTEGER NOT NULL,
    "status" "ShopifyMerchOrderStatus" NOT NULL DEFAULT 'Pending',
    "userId" INTEGER,
    "grantedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopifyMerchOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" BIGSERIAL NOT NULL,
    "event" TEXT NOT NULL,
    "entityType" "OutboxEntity" NOT NULL,
    "entityId" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "details" JSONB,
    "attempts" INTEGER,

    CONSTRAINT "Outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementSpace" (
    "id" SERIAL NOT NULL,
    "surface" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "price" INTEGER,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlacementSpace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" SERIAL NOT NULL,
    "surface" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "placerId" INTEGER NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL,
    "removedBy" TEXT,
    "amount" INTEGER NOT NULL,
    "sellerId" INTEGER,
    "feeWaived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" INTEGER,
    "takenDownAt" TIMESTAMP(3),
    "takenDownById" INTEGER,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementTransaction" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "transactionId" TEXT,
    "amount" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementSuspension" (
    "userId" INTEGER NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "PlacementSuspension_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "_LicenseToModel" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_LicenseToModel_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Account_provider_userId_idx" ON "Account"("provider", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "UserReferral_userId_key" ON "UserReferral"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserReferralCode_code_key" ON "UserReferralCode"("code");

-- CreateIndex
CREATE INDEX "UserReferralCode_userId_idx" ON "UserReferralCode" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "ReferralReward_userId_status_idx" ON "ReferralReward"("userId", "status");

-- CreateIndex
CREATE INDEX "ReferralReward_userId_kind_idx" ON "ReferralReward"("userId", "kind");

-- CreateIndex
CREATE INDEX "ReferralReward_refereeId_idx" ON "ReferralReward"("refereeId");

-- CreateIndex
CREATE INDEX "ReferralReward_expiresAt_idx" ON "ReferralReward"("expiresAt");

-- CreateIndex
CREATE INDEX "ReferralReward_status_settledAt_idx" ON "ReferralReward"("status", "settledAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralReward_kind_sourceEventId_key" ON "ReferralReward"("kind", "sourceEventId");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralMilestone_userId_threshold_key" ON "ReferralMilestone"("userId", "threshold");

-- CreateIndex
CREATE INDEX "ReferralRedemption_userId_idx" ON "ReferralRedemption"("userId");

-- CreateIndex
CREATE INDEX "ReferralRedemption_rewardType_idx" ON "ReferralRedemption"("rewardType");

-- CreateIndex
CREATE INDEX "ReferralAttribution_referralCodeId_createdAt_idx" ON "ReferralAttribution"("referralCodeId", "createdAt");

-- CreateIndex
CREATE INDEX "ReferralAttribution_refereeId_idx" ON "ReferralAttribution"("refereeId");

-- CreateIndex
CREATE INDEX "ReferralAttribution_paymentMethodFingerprint_idx" ON "ReferralAttribution"("paymentMethodFingerprint");

-- CreateIndex
CREATE INDEX "ReferralAttribution_ipAddress_idx" ON "ReferralAttribution"("ipAddress");

-- CreateIndex
CREATE INDEX "ReferralAttribution_stripePaymentIntentId_idx" ON "ReferralAttribution"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "UserPaymentConfiguration_userId_key" ON "UserPaymentConfiguration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserPaymentConfiguration_tipaltiAccountId_key" ON "UserPaymentConfiguration"("tipaltiAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "UserPaymentConfiguration_stripeAccountId_key" ON "UserPaymentConfiguration"("stripeAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "CashWithdrawal_transactionId_key" ON "CashWithdrawal"("transactionId");

-- CreateIndex
CREATE INDEX "CashWithdrawal_userId_idx" ON "CashWithdrawal"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CryptoWallet_wallet_key" ON "CryptoWallet"("wallet");

-- CreateIndex
CREATE UNIQUE INDEX "CryptoWallet_smartAccount_key" ON "CryptoWallet"("smartAccount");

-- CreateIndex
CREATE INDEX "CryptoDeposit_userId_createdAt_idx" ON "CryptoDeposit"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CryptoDeposit_status_idx" ON "CryptoDeposit"("status");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_customerId_key" ON "User"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "User_paddleCustomerId_key" ON "User"("paddleCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "User_profilePictureId_key" ON "User"("profilePictureId");

-- CreateIndex
CREATE INDEX "User_deletedAt_idx" ON "User"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSubscription_userId_buzzType_key" ON "CustomerSubscription"("userId", "buzzType");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipGift_stripeCheckoutSessionId_key" ON "MembershipGift"("stripeCheckoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipGift_stripePaymentIntentId_key" ON "MembershipGift"("stripePaymentIntentId");

-- CreateIndex
CREATE INDEX "MembershipGift_recipientId_idx" ON "MembershipGift"("recipientId");

-- CreateIndex
CREATE INDEX "MembershipGift_gifterId_idx" ON "MembershipGift"("gifterId");

-- CreateIndex
CREATE INDEX "UserEngagement_type_userId_idx" ON "UserEngagement"("type", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Model_fromImportId_key" ON "Model"("fromImportId");

-- CreateIndex
CREATE INDEX "Model_name_idx" ON "Model"("name");

-- CreateIndex
CREATE INDEX "Model_status_nsfw_idx" ON "Model"("status", "nsfw");

-- CreateIndex
CREATE INDEX "ModelFlag_status_idx" ON "ModelFlag"("status");

-- CreateIndex
CREATE INDEX "ModelEngagement_modelId_idx" ON "ModelEngagement" USING HASH ("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersionSponsorshipSettings_modelVersionMonetizationId_key" ON "ModelVersionSponsorshipSettings"("modelVersionMonetizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersionMonetization_modelVersionId_key" ON "ModelVersionMonetization"("modelVersionId");

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_idx" ON "ModelVersion" USING HASH ("modelId");

-- CreateIndex
CREATE INDEX "ModelVersion_licensingSourceVersionId_idx" ON "ModelVersion"("licensingSourceVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "LicensingRoot_modelVersionId_key" ON "LicensingRoot"("modelVersionId");

-- CreateIndex
CREATE INDEX "LicensingRoot_baseModel_modelType_idx" ON "LicensingRoot"("baseModel", "modelType");

-- CreateIndex
CREATE INDEX "RecommendedResource_sourceId_idx" ON "RecommendedResource" USING HASH ("sourceId");

-- CreateIndex
CREATE INDEX "ModelFileHash_hash_idx" ON "ModelFileHash" USING HASH ("hash");

-- CreateIndex
CREATE INDEX "ModelFile_modelVersionId_idx" ON "ModelFile" USING HASH ("modelVersionId");

-- CreateIndex
CREATE INDEX "File_entityType_entityId_idx" ON "File"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ModelMetricDaily_modelVersionId_idx" ON "ModelMetricDaily"("modelVersionId");

-- CreateIndex
CREATE INDEX "ModelAssociations_toModelId_idx" ON "ModelAssociations" USING HASH ("toModelId");

-- CreateIndex
CREATE INDEX "ModelAssociations_fromModelId_idx" ON "ModelAssociations" USING HASH ("fromModelId");

-- CreateIndex
CREATE INDEX "ModelAssociations_toArticleId_idx" ON "ModelAssociations" USING HASH ("toArticleId");

-- CreateIndex
CREATE INDEX "DownloadHistory_userId_downloadAt_idx" ON "DownloadHistory"("userId", "downloadAt");

-- CreateIndex
CREATE INDEX "ModActivity_createdAt_idx" ON "ModActivity"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModActivity_activity_entityType_entityId_key" ON "ModActivity"("activity", "entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceReviewReport_reportId_key" ON "ResourceReviewReport"("reportId");

-- CreateIndex
CREATE INDEX "ResourceReviewReport_resourceReviewId_idx" ON "ResourceReviewReport" USING HASH ("resourceReviewId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelReport_reportId_key" ON "ModelReport"("reportId");

-- CreateIndex
CREATE INDEX "ModelReport_modelId_idx" ON "ModelReport" USING HASH ("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentReport_reportId_key" ON "CommentReport"("reportId");

-- CreateIndex
CREATE INDEX "CommentReport_commentId_idx" ON "CommentReport" USING HASH ("commentId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentV2Report_reportId_key" ON "CommentV2Report"("reportId");

-- CreateIndex
CREATE INDEX "CommentV2Report_commentV2Id_idx" ON "CommentV2Report" USING HASH ("commentV2Id");

-- CreateIndex
CREATE UNIQUE INDEX "ImageReport_reportId_key" ON "ImageReport"("reportId");

-- CreateIndex
CREATE INDEX "ImageReport_imageId_idx" ON "ImageReport" USING HASH ("imageId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleReport_reportId_key" ON "ArticleReport"("reportId");

-- CreateIndex
CREATE INDEX "ArticleReport_articleId_idx" ON "ArticleReport" USING HASH ("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "PostReport_reportId_key" ON "PostReport"("reportId");

-- CreateIndex
CREATE INDEX "PostReport_postId_idx" ON "PostReport" USING HASH ("postId");

-- CreateIndex
CREATE UNIQUE INDEX "UserReport_reportId_key" ON "UserReport"("reportId");

-- CreateIndex
CREATE INDEX "UserReport_userId_idx" ON "UserReport" USING HASH ("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionReport_reportId_key" ON "CollectionReport"("reportId");

-- CreateIndex
CREATE INDEX "CollectionReport_collectionId_idx" ON "CollectionReport" USING HASH ("collectionId");

-- CreateIndex
CREATE UNIQUE INDEX "BountyReport_reportId_key" ON "BountyReport"("reportId");

-- CreateIndex
CREATE INDEX "BountyReport_bountyId_idx" ON "BountyReport" USING HASH ("bountyId");

-- CreateIndex
CREATE UNIQUE INDEX "BountyEntryReport_reportId_key" ON "BountyEntryReport"("reportId");

-- CreateIndex
CREATE INDEX "BountyEntryReport_bountyEntryId_idx" ON "BountyEntryReport" USING HASH ("bountyEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatReport_reportId_key" ON "ChatReport"("reportId");

-- CreateIndex
CREATE INDEX "ChatReport_chatId_idx" ON "ChatReport" USING HASH ("chatId");

-- CreateIndex
CREATE UNIQUE INDEX "ComicProjectReport_reportId_key" ON "ComicProjectReport"("reportId");

-- CreateIndex
CREATE INDEX "ComicProjectReport_comicProjectId_idx" ON "ComicProjectReport" USING HASH ("comicProjectId");

-- CreateIndex
CREATE INDEX "ResourceReview_modelVersionId_idx" ON "ResourceReview" USING HASH ("modelVersionId");

-- CreateIndex
CREATE INDEX "ResourceReview_userId_idx" ON "ResourceReview" USING HASH ("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceReview_modelVersionId_userId_key" ON "ResourceReview"("modelVersionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceReviewReaction_reviewId_userId_reaction_key" ON "ResourceReviewReaction"("reviewId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "Post_model3dReviewId_key" ON "Post"("model3dReviewId");

-- CreateIndex
CREATE INDEX "Post_modelVersionId_idx" ON "Post"("modelVersionId");

-- CreateIndex
CREATE INDEX "Post_model3dId_idx" ON "Post"("model3dId");

-- CreateIndex
CREATE INDEX "Post_publishedAt_idx" ON "Post"("publishedAt");

-- CreateIndex
CREATE INDEX "PostMetric_postId_ageGroup_idx" ON "PostMetric"("postId", "ageGroup");

-- CreateIndex
CREATE INDEX "Image_featuredAt_idx" ON "Image"("featuredAt");

-- CreateIndex
CREATE INDEX "Image_postId_idx" ON "Image" USING HASH ("postId");

-- CreateIndex
CREATE INDEX "Image_userId_postId_idx" ON "Image"("userId", "postId");

-- CreateIndex
CREATE INDEX "image_userid_id_idx" ON "Image"("userId", "id");

-- CreateIndex
CREATE INDEX "Image_sortAt_idx" ON "Image"("sortAt");

-- CreateIndex
CREATE INDEX "ImageTagForReview_tagId_idx" ON "ImageTagForReview"("tagId");

-- CreateIndex
CREATE INDEX "ImageConnection_entityType_entityId_idx" ON "ImageConnection"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "EntityModeration_workflowId_idx" ON "EntityModeration"("workflowId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityModeration_entityType_entityId_key" ON "EntityModeration"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ImageEngagement_imageId_idx" ON "ImageEngagement"("imageId");

-- CreateIndex
CREATE INDEX "ImageResource_imageId_idx" ON "ImageResource" USING HASH ("imageId");

-- CreateIndex
CREATE INDEX "ImageResource_imageId_modelVersionId_idx" ON "ImageResource"("imageId", "modelVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ImageResource_modelVersionId_name_imageId_key" ON "ImageResource"("modelVersionId", "name", "imageId");

-- CreateIndex
CREATE INDEX "ImageResourceNew_modelVersionId_idx" ON "ImageResourceNew"("modelVersionId");

-- CreateIndex
CREATE INDEX "ArticleRatingReview_status_createdAt_idx" ON "ArticleRatingReview"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleRatingReview_userId_idx" ON "ArticleRatingReview"("userId");

-- CreateIndex
CREATE INDEX "ArticleRatingReview_articleId_createdAt_idx" ON "ArticleRatingReview"("articleId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "TagsOnTags_toTagId_idx" ON "TagsOnTags" USING HASH ("toTagId");

-- CreateIndex
CREATE INDEX "TagsOnModels_modelId_idx" ON "TagsOnModels" USING HASH ("modelId");

-- CreateIndex
CREATE INDEX "TagsOnModelsVote_modelId_idx" ON "TagsOnModelsVote" USING HASH ("modelId");

-- CreateIndex
CREATE INDEX "TagsOnModelsVote_userId_idx" ON "TagsOnModelsVote" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "TagsOnQuestions_questionId_idx" ON "TagsOnQuestions" USING HASH ("questionId");

-- CreateIndex
CREATE INDEX "TagsOnImageNew_tagId_idx" ON "TagsOnImageNew"("tagId");

-- CreateIndex
CREATE INDEX "ShadowTagsOnImage_tagId_idx" ON "ShadowTagsOnImage"("tagId");

-- CreateIndex
CREATE INDEX "TagsOnImageVote_imageId_idx" ON "TagsOnImageVote" USING HASH ("imageId");

-- CreateIndex
CREATE INDEX "TagsOnImageVote_userId_idx" ON "TagsOnImageVote" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "TagsOnPost_postId_idx" ON "TagsOnPost" USING HASH ("postId");

-- CreateIndex
CREATE INDEX "TagsOnArticle_articleId_idx" ON "TagsOnArticle" USING HASH ("articleId");

-- CreateIndex
CREATE INDEX "TagsOnBounty_bountyId_idx" ON "TagsOnBounty" USING HASH ("bountyId");

-- CreateIndex
CREATE INDEX "TagsOnPostVote_postId_idx" ON "TagsOnPostVote" USING HASH ("postId");

-- CreateIndex
CREATE INDEX "TagsOnPostVote_userId_idx" ON "TagsOnPostVote" USING HASH ("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_token_key" ON "Partner"("token");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_key_key" ON "ApiKey"("key");

-- CreateIndex
CREATE INDEX "ApiKey_clientId_idx" ON "ApiKey"("clientId");

-- CreateIndex
CREATE INDEX "OauthClient_userId_idx" ON "OauthClient"("userId");

-- CreateIndex
CREATE INDEX "UserRole_role_idx" ON "UserRole"("role");

-- CreateIndex
CREATE INDEX "app_blocks_status_idx" ON "app_blocks"("status");

-- CreateIndex
CREATE INDEX "app_blocks_status_category_idx" ON "app_blocks"("status", "category");

-- CreateIndex
CREATE INDEX "app_blocks_featured_order_idx" ON "app_blocks"("featured", "featured_order");

-- CreateIndex
CREATE UNIQUE INDEX "app_blocks_app_block_uniq" ON "app_blocks"("app_id", "block_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_blocks_block_id_unique" ON "app_blocks"("block_id");

-- CreateIndex
CREATE INDEX "app_block_reviews_app_agg_idx" ON "app_block_reviews"("app_block_id", "exclude");

-- CreateIndex
CREATE UNIQUE INDEX "app_block_reviews_app_user_uniq" ON "app_block_reviews"("app_block_id", "user_id");

-- CreateIndex
CREATE INDEX "app_block_publish_requests_queue_idx" ON "app_block_publish_requests"("status", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "app_block_publish_requests_app_history_idx" ON "app_block_publish_requests"("app_block_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "app_block_publish_requests_my_submissions_idx" ON "app_block_publish_requests"("submitted_by_user_id", "status");

-- CreateIndex
CREATE INDEX "app_block_publish_requests_slug_idx" ON "app_block_publish_requests"("slug", "status");

-- CreateIndex
CREATE UNIQUE INDEX "app_listings_serial_id_key" ON "app_listings"("serial_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_listings_slug_key" ON "app_listings"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "app_listings_app_block_id_key" ON "app_listings"("app_block_id");

-- CreateIndex
CREATE INDEX "app_listings_status_kind_idx" ON "app_listings"("status", "kind");

-- CreateIndex
CREATE INDEX "app_listings_featured_order_idx" ON "app_listings"("featured", "featured_order");

-- CreateIndex
CREATE INDEX "app_listings_category_idx" ON "app_listings"("category");

-- CreateIndex
CREATE INDEX "app_listings_user_idx" ON "app_listings"("user_id");

-- CreateIndex
CREATE INDEX "app_listings_icon_idx" ON "app_listings"("icon_id");

-- CreateIndex
CREATE INDEX "app_listings_cover_idx" ON "app_listings"("cover_id");

-- CreateIndex
CREATE INDEX "app_listings_revision_of_id_key" ON "app_listings"("revision_of_id");

-- CreateIndex
CREATE INDEX "app_listing_screenshots_order_idx" ON "app_listing_screenshots"("app_listing_id", "order");

-- CreateIndex
CREATE INDEX "app_listing_screenshots_image_idx" ON "app_listing_screenshots"("image_id");

-- CreateIndex
CREATE INDEX "app_listing_reviews_listing_agg_idx" ON "app_listing_reviews"("app_listing_id", "exclude");

-- CreateIndex
CREATE UNIQUE INDEX "app_listing_reviews_listing_user_uniq" ON "app_listing_reviews"("app_listing_id", "user_id");

-- CreateIndex
CREATE INDEX "app_listing_publish_requests_queue_idx" ON "app_listing_publish_requests"("status", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "app_listing_publish_requests_listing_history_idx" ON "app_listing_publish_requests"("app_listing_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "app_listing_publish_requests_my_submissions_idx" ON "app_listing_publish_requests"("submitted_by_user_id", "status");

-- CreateIndex
CREATE INDEX "app_listing_publish_requests_slug_idx" ON "app_listing_publish_requests"("slug", "status");

-- CreateIndex
CREATE INDEX "app_listing_reports_queue_idx" ON "app_listing_reports"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "app_listing_reports_listing_idx" ON "app_listing_reports"("app_listing_id");

-- CreateIndex
CREATE INDEX "app_listing_reports_dedup_idx" ON "app_listing_reports"("app_listing_id", "reporter_user_id");

-- CreateIndex
CREATE INDEX "app_listing_mod_events_listing_idx" ON "app_listing_moderation_events"("app_listing_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "app_listing_mod_events_actor_idx" ON "app_listing_moderation_events"("actor_user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "app_listing_mod_events_report_idx" ON "app_listing_moderation_events"("report_id");

-- CreateIndex
CREATE INDEX "app_review_agent_reports_slug_version_idx" ON "app_review_agent_reports"("slug", "version");

-- CreateIndex
CREATE INDEX "app_review_agent_reports_publish_request_idx" ON "app_review_agent_reports"("publish_request_id");

-- CreateIndex
CREATE INDEX "block_user_settings_user_idx" ON "block_user_settings"("user_id");

-- CreateIndex
CREATE INDEX "platform_default_blocks_slot_enabled_idx" ON "platform_default_blocks"("slot_id", "enabled");

-- CreateIndex
CREATE INDEX "platform_default_blocks_slot_priority_idx" ON "platform_default_blocks"("slot_id", "priority");

-- CreateIndex
CREATE INDEX "platform_default_blocks_promoted_by_idx" ON "platform_default_blocks"("promoted_by");

-- CreateIndex
CREATE UNIQUE INDEX "block_user_subscriptions_block_instance_id_key" ON "block_user_subscriptions"("block_instance_id");

-- CreateIndex
CREATE INDEX "bus_app_block_created_idx" ON "block_user_subscriptions"("app_block_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "bba_publisher_dashboard_idx" ON "block_buzz_attribution"("app_owner_user_id", "attributed_at" DESC);

-- CreateIndex
CREATE INDEX "bba_app_block_dashboard_idx" ON "block_buzz_attribution"("app_block_id", "attributed_at" DESC);

-- CreateIndex
CREATE INDEX "bba_payment_tx_idx" ON "block_buzz_attribution"("payment_provider", "payment_transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "block_buzz_attribution_payment_app_uniq" ON "block_buzz_attribution"("payment_transaction_id", "app_block_id");

-- CreateIndex
CREATE INDEX "bap_owner_created_idx" ON "block_attribution_payout"("app_owner_user_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "block_attribution_payout_owner_period_uniq" ON "block_attribution_payout"("app_owner_user_id", "period_key");

-- CreateIndex
CREATE INDEX "bsa_publisher_dashboard_idx" ON "block_spend_attribution"("app_owner_user_id", "attributed_at" DESC);

-- CreateIndex
CREATE INDEX "bsa_app_block_dashboard_idx" ON "block_spend_attribution"("app_block_id", "attributed_at" DESC);

-- CreateIndex
CREATE INDEX "bsa_content_author_idx" ON "block_spend_attribution"("content_author_user_id", "attributed_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "block_spend_attribution_workflow_app_uniq" ON "block_spend_attribution"("workflow_id", "app_block_id");

-- CreateIndex
CREATE INDEX "bsu_publisher_dashboard_idx" ON "block_subscription_attribution"("app_owner_user_id", "attributed_at" DESC);

-- CreateIndex
CREATE INDEX "bsu_app_block_dashboard_idx" ON "block_subscription_attribution"("app_block_id", "attributed_at" DESC);

-- CreateIndex
CREATE INDEX "bsu_subscription_idx" ON "block_subscription_attribution"("subscription_id");

-- CreateIndex
CREATE INDEX "bsu_invoice_idx" ON "block_subscription_attribution"("payment_provider", "invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "block_subscription_attribution_invoice_app_uniq" ON "block_subscription_attribution"("invoice_id", "app_block_id");

-- CreateIndex
CREATE INDEX "bsi_user_invoked_idx" ON "block_scope_invocations"("user_id", "invoked_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "bsi_app_block_invoked_idx" ON "block_scope_invocations"("app_block_id", "invoked_at" DESC);

-- CreateIndex
CREATE INDEX "bsi_synthetic_app_invoked_idx" ON "block_scope_invocations"("synthetic_app_id", "invoked_at" DESC);

-- CreateIndex
CREATE INDEX "bsi_oauth_client_invoked_idx" ON "block_scope_invocations"("oauth_client_id", "invoked_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_scope_grants_user_app_uniq" ON "app_user_scope_grants"("user_id", "app_block_id");

-- CreateIndex
CREATE UNIQUE INDEX "OauthConsent_userId_clientId_key" ON "OauthConsent"("userId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustedSpokeDomain_domain_key" ON "TrustedSpokeDomain"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "AdToken_token_key" ON "AdToken"("token");

-- CreateIndex
CREATE INDEX "Comment_modelId_idx" ON "Comment" USING HASH ("modelId");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment" USING HASH ("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentReaction_commentId_userId_reaction_key" ON "CommentReaction"("commentId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "UserNotificationSettings_userId_type_key" ON "UserNotificationSettings"("userId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Webhook_url_userId_key" ON "Webhook"("url", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_selectedAnswerId_key" ON "Question"("selectedAnswerId");

-- CreateIndex
CREATE INDEX "CommentV2_threadId_idx" ON "CommentV2" USING HASH ("threadId");

-- CreateIndex
CREATE INDEX "CommentV2_reactionCount_id_idx" ON "CommentV2"("reactionCount" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Thread_questionId_key" ON "Thread"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_answerId_key" ON "Thread"("answerId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_imageId_key" ON "Thread"("imageId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_postId_key" ON "Thread"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_reviewId_key" ON "Thread"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_commentId_key" ON "Thread"("commentId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_modelId_key" ON "Thread"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_articleId_key" ON "Thread"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_bountyId_key" ON "Thread"("bountyId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_bountyEntryId_key" ON "Thread"("bountyEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_clubPostId_key" ON "Thread"("clubPostId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_challengeId_key" ON "Thread"("challengeId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_model3dId_key" ON "Thread"("model3dId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_model3dReviewId_key" ON "Thread"("model3dReviewId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_appListingId_key" ON "Thread"("appListingId");

-- CreateIndex
CREATE INDEX "Thread_reviewId_idx" ON "Thread" USING HASH ("reviewId");

-- CreateIndex
CREATE INDEX "Thread_postId_idx" ON "Thread" USING HASH ("postId");

-- CreateIndex
CREATE INDEX "Thread_questionId_idx" ON "Thread" USING HASH ("questionId");

-- CreateIndex
CREATE INDEX "Thread_imageId_idx" ON "Thread" USING HASH ("imageId");

-- CreateIndex
CREATE INDEX "Thread_articleId_idx" ON "Thread" USING HASH ("articleId");

-- CreateIndex
CREATE INDEX "Thread_rootThreadId_idx" ON "Thread" USING HASH ("rootThreadId");

-- CreateIndex
CREATE INDEX "Thread_challengeId_idx" ON "Thread" USING HASH ("challengeId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_comicProjectId_comicChapterPosition_key" ON "Thread"("comicProjectId", "comicChapterPosition");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionReaction_questionId_userId_reaction_key" ON "QuestionReaction"("questionId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerReaction_answerId_userId_reaction_key" ON "AnswerReaction"("answerId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "CommentV2Reaction_commentId_userId_reaction_key" ON "CommentV2Reaction"("commentId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "ImageReaction_imageId_userId_reaction_key" ON "ImageReaction"("imageId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "PostReaction_postId_userId_reaction_key" ON "PostReaction"("postId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleReaction_articleId_userId_reaction_key" ON "ArticleReaction"("articleId", "userId", "reaction");

-- CreateIndex
CREATE INDEX "AnnouncementUser_announcementId_idx" ON "AnnouncementUser"("announcementId");

-- CreateIndex
CREATE INDEX "RewardsBonusEvent_enabled_startsAt_endsAt_idx" ON "RewardsBonusEvent"("enabled", "startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "Cosmetic_createdById_idx" ON "Cosmetic"("createdById");

-- CreateIndex
CREATE INDEX "CosmeticShopItemCosmetic_cosmeticId_idx" ON "CosmeticShopItemCosmetic"("cosmeticId");

-- CreateIndex
CREATE INDEX "UserCosmeticShopItemWishlist_shopItemId_idx" ON "UserCosmeticShopItemWishlist"("shopItemId");

-- CreateIndex
CREATE INDEX "UserCosmeticShopPurchaseCosmetic_cosmeticId_idx" ON "UserCosmeticShopPurchaseCosmetic"("cosmeticId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_coverId_key" ON "Article"("coverId");

-- CreateIndex
CREATE INDEX "Article_status_ingestion_nsfwLevel_idx" ON "Article"("status", "ingestion", "nsfwLevel");

-- CreateIndex
CREATE INDEX "ArticleEngagement_articleId_idx" ON "ArticleEngagement" USING HASH ("articleId");

-- CreateIndex
CREATE INDEX "LeaderboardResult_userId_idx" ON "LeaderboardResult" USING HASH ("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderboardResult_leaderboardId_date_userId_key" ON "LeaderboardResult"("leaderboardId", "date", "userId");

-- CreateIndex
CREATE INDEX "Collection_userId_idx" ON "Collection"("userId");

-- CreateIndex
CREATE INDEX "Collection_type_idx" ON "Collection" USING HASH ("type");

-- CreateIndex
CREATE INDEX "Collection_mode_idx" ON "Collection" USING HASH ("mode");

-- CreateIndex
CREATE INDEX "CollectionItem_addedById_idx" ON "CollectionItem" USING HASH ("addedById");

-- CreateIndex
CREATE INDEX "CollectionItem_imageId_idx" ON "CollectionItem" USING HASH ("imageId");

-- CreateIndex
CREATE INDEX "CollectionItem_modelId_idx" ON "CollectionItem" USING HASH ("modelId");

-- CreateIndex
CREATE INDEX "CollectionItem_model3dId_idx" ON "CollectionItem" USING HASH ("model3dId");

-- CreateIndex
CREATE INDEX "CollectionItem_collectionId_idx" ON "CollectionItem" USING HASH ("collectionId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionItem_collectionId_articleId_postId_imageId_modelI_key" ON "CollectionItem"("collectionId", "articleId", "postId", "imageId", "modelId", "model3dId");

-- CreateIndex
CREATE INDEX "CollectionContributor_userId_idx" ON "CollectionContributor" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "TagsOnCollection_collectionId_idx" ON "TagsOnCollection" USING HASH ("collectionId");

-- CreateIndex
CREATE INDEX "BuzzTip_toUserId_idx" ON "BuzzTip"("toUserId");

-- CreateIndex
CREATE INDEX "Bounty_userId_idx" ON "Bounty" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "Bounty_type_idx" ON "Bounty"("type");

-- CreateIndex
CREATE INDEX "Bounty_mode_idx" ON "Bounty"("mode");

-- CreateIndex
CREATE INDEX "BountyEntry_bountyId_idx" ON "BountyEntry" USING HASH ("bountyId");

-- CreateIndex
CREATE INDEX "BountyEntryReaction_bountyEntryId_idx" ON "BountyEntryReaction" USING HASH ("bountyEntryId");

-- CreateIndex
CREATE INDEX "BountyBenefactor_bountyId_idx" ON "BountyBenefactor" USING HASH ("bountyId");

-- CreateIndex
CREATE INDEX "BountyBenefactor_userId_idx" ON "BountyBenefactor" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "BountyEngagement_bountyId_idx" ON "BountyEngagement"("bountyId");

-- CreateIndex
CREATE INDEX "BountyEngagement_userId_idx" ON "BountyEngagement" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "PaidAccess_ownerId_entityType_endsAt_idx" ON "PaidAccess"("ownerId", "entityType", "endsAt");

-- CreateIndex
CREATE INDEX "PaidAccess_entityType_endsAt_idx" ON "PaidAccess"("entityType", "endsAt");

-- CreateIndex
CREATE INDEX "EntityCollaborator_userId_entityType_entityId_idx" ON "EntityCollaborator"("userId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "Club_userId_idx" ON "Club"("userId");

-- CreateIndex
CREATE INDEX "ClubMembership_userId_idx" ON "ClubMembership"("userId");

-- CreateIndex
CREATE INDEX "ClubMembership_clubId_idx" ON "ClubMembership"("clubId");

-- CreateIndex
CREATE UNIQUE INDEX "ClubMembership_userId_clubId_key" ON "ClubMembership"("userId", "clubId");

-- CreateIndex
CREATE UNIQUE INDEX "ClubPostReaction_clubPostId_userId_reaction_key" ON "ClubPostReaction"("clubPostId", "userId", "reaction");

-- CreateIndex
CREATE UNIQUE INDEX "Chat_hash_key" ON "Chat"("hash");

-- CreateIndex
CREATE INDEX "ChatMember_userId_status_isMuted_idx" ON "ChatMember"("userId", "status", "isMuted");

-- CreateIndex
CREATE INDEX "VaultItem_vaultId_idx" ON "VaultItem" USING HASH ("vaultId");

-- CreateIndex
CREATE INDEX "VaultItem_modelVersionId_idx" ON "VaultItem" USING HASH ("modelVersionId");

-- CreateIndex
CREATE INDEX "RedeemableCode_userId_createdAt_idx" ON "RedeemableCode"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImageTool_toolId_idx" ON "ImageTool"("toolId");

-- CreateIndex
CREATE INDEX "ImageTechnique_techniqueId_idx" ON "ImageTechnique"("techniqueId");

-- CreateIndex
CREATE INDEX "DonationGoal_entityType_entityId_idx" ON "DonationGoal"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Appeal_userId_idx" ON "Appeal"("userId");

-- CreateIndex
CREATE INDEX "Appeal_status_idx" ON "Appeal"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_entityType_entityId_userId_key" ON "Appeal"("entityType", "entityId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "AuctionBase_type_ecosystem_key" ON "AuctionBase"("type", "ecosystem");

-- CreateIndex
CREATE UNIQUE INDEX "AuctionBase_name_key" ON "AuctionBase"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AuctionBase_slug_key" ON "AuctionBase"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Auction_auctionBaseId_startAt_key" ON "Auction"("auctionBaseId", "startAt");

-- CreateIndex
CREATE UNIQUE INDEX "Bid_auctionId_userId_entityId_accountType_key" ON "Bid"("auctionId", "userId", "entityId", "accountType");

-- CreateIndex
CREATE UNIQUE INDEX "BidRecurring_auctionBaseId_userId_entityId_accountType_key" ON "BidRecurring"("auctionBaseId", "userId", "entityId", "accountType");

-- CreateIndex
CREATE INDEX "Bug_status_publishedAt_idx" ON "Bug"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NewOrderPlayer_userId_key" ON "NewOrderPlayer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportAutomated_reportId_key" ON "ReportAutomated"("reportId");

-- CreateIndex
CREATE INDEX "Challenge_status_endsAt_idx" ON "Challenge"("status", "endsAt");

-- CreateIndex
CREATE INDEX "Challenge_status_startsAt_idx" ON "Challenge"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Challenge_status_visibleAt_idx" ON "Challenge"("status", "visibleAt");

-- CreateIndex
CREATE INDEX "Challenge_status_ingestion_idx" ON "Challenge"("status", "ingestion");

-- CreateIndex
CREATE INDEX "Challenge_createdById_status_idx" ON "Challenge"("createdById", "status");

-- CreateIndex
CREATE INDEX "Challenge_judgeId_idx" ON "Challenge"("judgeId");

-- CreateIndex
CREATE INDEX "Challenge_eventId_idx" ON "Challenge"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "ChallengeReport_reportId_key" ON "ChallengeReport"("reportId");

-- CreateIndex
CREATE INDEX "ChallengeReport_challengeId_idx" ON "ChallengeReport" USING HASH ("challengeId");

-- CreateIndex
CREATE INDEX "ChallengeJudge_userId_idx" ON "ChallengeJudge"("userId");

-- CreateIndex
CREATE INDEX "ChallengeJudge_active_idx" ON "ChallengeJudge"("active");

-- CreateIndex
CREATE INDEX "ChallengeCategory_active_idx" ON "ChallengeCategory"("active");

-- CreateIndex
CREATE INDEX "ChallengeEngagement_challengeId_idx" ON "ChallengeEngagement"("challengeId");

-- CreateIndex
CREATE INDEX "ChallengeEngagement_userId_idx" ON "ChallengeEngagement" USING HASH ("userId");

-- CreateIndex
CREATE INDEX "ChallengeWinner_challengeId_idx" ON "ChallengeWinner"("challengeId");

-- CreateIndex
CREATE INDEX "ChallengeWinner_userId_idx" ON "ChallengeWinner"("userId");

-- CreateIndex
CREATE INDEX "ChallengeWinner_createdAt_idx" ON "ChallengeWinner"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChallengeWinner_challengeId_userId_key" ON "ChallengeWinner"("challengeId", "userId");

-- CreateIndex
CREATE INDEX "ChallengeEvent_active_endDate_idx" ON "ChallengeEvent"("active", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "PostResourceHelper_postId_name_modelVersionId_key" ON "PostResourceHelper"("postId", "name", "modelVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "GenerationCoverage_modelVersionId_key" ON "GenerationCoverage"("modelVersionId");

-- CreateIndex
CREATE INDEX "ComicProject_userId_idx" ON "ComicProject"("userId");

-- CreateIndex
CREATE INDEX "ComicProject_status_idx" ON "ComicProject"("status");

-- CreateIndex
CREATE INDEX "ComicProject_coverImageId_idx" ON "ComicProject"("coverImageId");

-- CreateIndex
CREATE INDEX "ComicProject_heroImageId_idx" ON "ComicProject"("heroImageId");

-- CreateIndex
CREATE UNIQUE INDEX "ComicChapter_id_key" ON "ComicChapter"("id");

-- CreateIndex
CREATE INDEX "ComicChapterRead_chapterId_idx" ON "ComicChapterRead"("chapterId");

-- CreateIndex
CREATE INDEX "ComicChapterRead_updatedAt_idx" ON "ComicChapterRead"("updatedAt");

-- CreateIndex
CREATE INDEX "ComicReference_userId_idx" ON "ComicReference"("userId");

-- CreateIndex
CREATE INDEX "ComicReference_status_idx" ON "ComicReference"("status");

-- CreateIndex
CREATE INDEX "ComicReferenceImage_imageId_idx" ON "ComicReferenceImage" USING HASH ("imageId");

-- CreateIndex
CREATE INDEX "ComicProjectReference_referenceId_idx" ON "ComicProjectReference"("referenceId");

-- CreateIndex
CREATE INDEX "ComicPanel_projectId_chapterPosition_position_idx" ON "ComicPanel"("projectId", "chapterPosition", "position");

-- CreateIndex
CREATE INDEX "ComicPanel_imageId_idx" ON "ComicPanel"("imageId");

-- CreateIndex
CREATE INDEX "ComicPanel_status_idx" ON "ComicPanel"("status");

-- CreateIndex
CREATE INDEX "ComicProjectEngagement_projectId_idx" ON "ComicProjectEngagement" USING HASH ("projectId");

-- CreateIndex
CREATE INDEX "ComicProjectEngagement_updatedAt_idx" ON "ComicProjectEngagement"("updatedAt");

-- CreateIndex
CREATE INDEX "ComicPanelReference_referenceId_idx" ON "ComicPanelReference" USING HASH ("referenceId");

-- CreateIndex
CREATE INDEX "UserRestriction_userId_idx" ON "UserRestriction"("userId");

-- CreateIndex
CREATE INDEX "UserRestriction_status_idx" ON "UserRestriction"("status");

-- CreateIndex
CREATE INDEX "UserRestriction_type_status_idx" ON "UserRestriction"("type", "status");

-- CreateIndex
CREATE INDEX "PromptAllowlist_category_idx" ON "PromptAllowlist"("category");

-- CreateIndex
CREATE UNIQUE INDEX "PromptAllowlist_trigger_category_key" ON "PromptAllowlist"("trigger", "category");

-- CreateIndex
CREATE INDEX "UserStrike_userId_status_idx" ON "UserStrike"("userId", "status");

-- CreateIndex
CREATE INDEX "UserStrike_userId_expiresAt_idx" ON "UserStrike"("userId", "expiresAt");

-- CreateIndex
CREATE INDEX "UserStrike_status_idx" ON "UserStrike"("status");

-- CreateIndex
CREATE INDEX "UserStrike_createdAt_idx" ON "UserStrike"("createdAt");

-- CreateIndex
CREATE INDEX "GenerationPreset_userId_idx" ON "GenerationPreset"("userId");

-- CreateIndex
CREATE INDEX "GenerationPreset_userId_ecosystem_idx" ON "GenerationPreset"("userId", "ecosystem");

-- CreateIndex
CREATE UNIQUE INDEX "GenerationPreset_userId_ecosystem_name_key" ON "GenerationPreset"("userId", "ecosystem", "name");

-- CreateIndex
CREATE UNIQUE INDEX "WildcardSet_modelVersionId_key" ON "WildcardSet"("modelVersionId");

-- CreateIndex
CREATE INDEX "WildcardSet_kind_idx" ON "WildcardSet"("kind");

-- CreateIndex
CREATE INDEX "WildcardSet_ownerUserId_idx" ON "WildcardSet"("ownerUserId");

-- CreateIndex
CREATE INDEX "WildcardSet_auditStatus_idx" ON "WildcardSet"("auditStatus");

-- CreateIndex
CREATE INDEX "WildcardSet_isInvalidated_idx" ON "WildcardSet"("isInvalidated");

-- CreateIndex
CREATE INDEX "WildcardSet_nsfw_idx" ON "WildcardSet"("nsfw");

-- CreateIndex
CREATE INDEX "WildcardSet_usable_idx" ON "WildcardSet"("usable");

-- CreateIndex
CREATE INDEX "WildcardSetCategory_wildcardSetId_idx" ON "WildcardSetCategory"("wildcardSetId");

-- CreateIndex
CREATE INDEX "WildcardSetCategory_wildcardSetId_auditStatus_idx" ON "WildcardSetCategory"("wildcardSetId", "auditStatus");

-- CreateIndex
CREATE INDEX "WildcardSetCategory_wildcardSetId_blocked_idx" ON "WildcardSetCategory"("wildcardSetId", "blocked");

-- CreateIndex
CREATE INDEX "WildcardSetCategory_auditStatus_idx" ON "WildcardSetCategory"("auditStatus");

-- CreateIndex
CREATE UNIQUE INDEX "WildcardSetCategory_wildcardSetId_name_key" ON "WildcardSetCategory"("wildcardSetId", "name");

-- CreateIndex
CREATE INDEX "ScannerLabelReview_verdict_label_idx" ON "ScannerLabelReview"("verdict", "label");

-- CreateIndex
CREATE INDEX "ScannerLabelReview_reviewedAt_idx" ON "ScannerLabelReview"("reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScannerLabelReview_contentHash_version_label_reviewedBy_key" ON "ScannerLabelReview"("contentHash", "version", "label", "reviewedBy");

-- CreateIndex
CREATE INDEX "ScannerContentSnapshot_scanner_idx" ON "ScannerContentSnapshot"("scanner");

-- CreateIndex
CREATE UNIQUE INDEX "Model3DLicense_name_key" ON "Model3DLicense"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Model3D_thumbnailImageId_key" ON "Model3D"("thumbnailImageId");

-- CreateIndex
CREATE UNIQUE INDEX "Model3D_workflowId_key" ON "Model3D"("workflowId");

-- CreateIndex
CREATE INDEX "Model3D_userId_status_publishedAt_idx" ON "Model3D"("userId", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Model3D_status_publishedAt_idx" ON "Model3D"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Model3D_status_nsfwLevel_publishedAt_idx" ON "Model3D"("status", "nsfwLevel", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Model3D_name_idx" ON "Model3D"("name");

-- CreateIndex
CREATE INDEX "Model3D_licenseId_idx" ON "Model3D" USING HASH ("licenseId");

-- CreateIndex
CREATE INDEX "Model3D_sourceImageId_idx" ON "Model3D" USING HASH ("sourceImageId");

-- CreateIndex
CREATE INDEX "Model3DFile_model3dId_idx" ON "Model3DFile" USING HASH ("model3dId");

-- CreateIndex
CREATE UNIQUE INDEX "Model3DFile_model3dId_format_variant_key" ON "Model3DFile"("model3dId", "format", "variant");

-- CreateIndex
CREATE INDEX "TagsOnModel3D_model3dId_idx" ON "TagsOnModel3D" USING HASH ("model3dId");

-- CreateIndex
CREATE INDEX "TagsOnModel3D_tagId_idx" ON "TagsOnModel3D" USING HASH ("tagId");

-- CreateIndex
CREATE INDEX "Model3DEngagement_model3dId_idx" ON "Model3DEngagement" USING HASH ("model3dId");

-- CreateIndex
CREATE UNIQUE INDEX "Model3DReport_reportId_key" ON "Model3DReport"("reportId");

-- CreateIndex
CREATE INDEX "Model3DReport_model3dId_idx" ON "Model3DReport" USING HASH ("model3dId");

-- CreateIndex
CREATE INDEX "Model3DReview_model3dId_idx" ON "Model3DReview" USING HASH ("model3dId");

-- CreateIndex
CREATE INDEX "Model3DReview_userId_idx" ON "Model3DReview" USING HASH ("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Model3DReview_model3dId_userId_key" ON "Model3DReview"("model3dId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Model3DReviewReport_reportId_key" ON "Model3DReviewReport"("reportId");

-- CreateIndex
CREATE INDEX "Model3DReviewReport_model3dReviewId_idx" ON "Model3DReviewReport" USING HASH ("model3dReviewId");

-- CreateIndex
CREATE UNIQUE INDEX "ShopifyCustomerLink_shopifyCustomerId_key" ON "ShopifyCustomerLink"("shopifyCustomerId");

-- CreateIndex
CREATE INDEX "ShopifyCustomerLink_email_idx" ON "ShopifyCustomerLink"("email");

-- CreateIndex
CREATE INDEX "ShopifyCustomerLink_userId_idx" ON "ShopifyCustomerLink"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ShopifyMerchOrder_shopifyOrderId_key" ON "ShopifyMerchOrder"("shopifyOrderId");

-- CreateIndex
CREATE INDEX "ShopifyMerchOrder_email_idx" ON "ShopifyMerchOrder"("email");

-- CreateIndex
CREATE INDEX "ShopifyMerchOrder_userId_idx" ON "ShopifyMerchOrder"("userId");

-- CreateIndex
CREATE INDEX "PlacementSpace_entityType_entityId_idx" ON "PlacementSpace"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementSpace_surface_entityType_entityId_key" ON "PlacementSpace"("surface", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "Placement_surface_targetType_targetId_status_idx" ON "Placement"("surface", "targetType", "targetId", "status");

-- CreateIndex
CREATE INDEX "Placement_ownerId_status_idx" ON "Placement"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Placement_placerId_status_idx" ON "Placement"("placerId", "status");

-- CreateIndex
CREATE INDEX "Placement_status_expiresAt_idx" ON "Placement"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "PlacementTransaction_kind_createdAt_idx" ON "PlacementTransaction"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementTransaction_placementId_kind_key" ON "PlacementTransaction"("placementId", "kind");

-- CreateIndex
CREATE INDEX "PlacementSuspension_createdAt_idx" ON "PlacementSuspension"("createdAt");

-- CreateIndex
CREATE INDEX "_LicenseToModel_B_index" ON "_LicenseToModel"("B");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionInvalidation" ADD CONSTRAINT "SessionInvalidation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserReferral" ADD CONSTRAINT "UserReferral_userReferralCodeId_fkey" FOREIGN KEY ("userReferralCodeId") REFERENCES "UserReferralCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserReferral" ADD CONSTRAINT "UserReferral_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserReferralCode" ADD CONSTRAINT "UserReferralCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralReward" ADD CONSTRAINT "ReferralReward_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralReward" ADD CONSTRAINT "ReferralReward_refereeId_fkey" FOREIGN KEY ("refereeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralMilestone" ADD CONSTRAINT "ReferralMilestone_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralRedemption" ADD CONSTRAINT "ReferralRedemption_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralAttribution" ADD CONSTRAINT "ReferralAttribution_referralCodeId_fkey" FOREIGN KEY ("referralCodeId") REFERENCES "UserReferralCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralAttribution" ADD CONSTRAINT "ReferralAttribution_refereeId_fkey" FOREIGN KEY ("refereeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPaymentConfiguration" ADD CONSTRAINT "UserPaymentConfiguration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuzzWithdrawalRequestHistory" ADD CONSTRAINT "BuzzWithdrawalRequestHistory_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "BuzzWithdrawalRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuzzWithdrawalRequestHistory" ADD CONSTRAINT "BuzzWithdrawalRequestHistory_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuzzWithdrawalRequest" ADD CONSTRAINT "BuzzWithdrawalRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashWithdrawal" ADD CONSTRAINT "CashWithdrawal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CryptoWallet" ADD CONSTRAINT "CryptoWallet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CryptoDeposit" ADD CONSTRAINT "CryptoDeposit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CryptoTransaction" ADD CONSTRAINT "CryptoTransaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_profilePictureId_fkey" FOREIGN KEY ("profilePictureId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSubscription" ADD CONSTRAINT "CustomerSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSubscription" ADD CONSTRAINT "CustomerSubscription_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSubscription" ADD CONSTRAINT "CustomerSubscription_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipGift" ADD CONSTRAINT "MembershipGift_gifterId_fkey" FOREIGN KEY ("gifterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipGift" ADD CONSTRAINT "MembershipGift_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Purchase" ADD CONSTRAINT "Purchase_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Purchase" ADD CONSTRAINT "Purchase_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Purchase" ADD CONSTRAINT "Purchase_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserEngagement" ADD CONSTRAINT "UserEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserEngagement" ADD CONSTRAINT "UserEngagement_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserMetric" ADD CONSTRAINT "UserMetric_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserLink" ADD CONSTRAINT "UserLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_fromImportId_fkey" FOREIGN KEY ("fromImportId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_deletedBy_fkey" FOREIGN KEY ("deletedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelFlag" ADD CONSTRAINT "ModelFlag_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelInterest" ADD CONSTRAINT "ModelInterest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelInterest" ADD CONSTRAINT "ModelInterest_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelEngagement" ADD CONSTRAINT "ModelEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelEngagement" ADD CONSTRAINT "ModelEngagement_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionSponsorshipSettings" ADD CONSTRAINT "ModelVersionSponsorshipSettings_modelVersionMonetizationId_fkey" FOREIGN KEY ("modelVersionMonetizationId") REFERENCES "ModelVersionMonetization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionMonetization" ADD CONSTRAINT "ModelVersionMonetization_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_vaeId_fkey" FOREIGN KEY ("vaeId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_fromImportId_fkey" FOREIGN KEY ("fromImportId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_licensingSourceVersionId_fkey" FOREIGN KEY ("licensingSourceVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicensingRoot" ADD CONSTRAINT "LicensingRoot_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionEngagement" ADD CONSTRAINT "ModelVersionEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionEngagement" ADD CONSTRAINT "ModelVersionEngagement_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendedResource" ADD CONSTRAINT "RecommendedResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendedResource" ADD CONSTRAINT "RecommendedResource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelFileHash" ADD CONSTRAINT "ModelFileHash_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ModelFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelFile" ADD CONSTRAINT "ModelFile_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelMetric" ADD CONSTRAINT "ModelMetric_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionMetric" ADD CONSTRAINT "ModelVersionMetric_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelBaseModelMetric" ADD CONSTRAINT "ModelBaseModelMetric_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelMetricDaily" ADD CONSTRAINT "ModelMetricDaily_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelMetricDaily" ADD CONSTRAINT "ModelMetricDaily_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAssociations" ADD CONSTRAINT "ModelAssociations_fromModelId_fkey" FOREIGN KEY ("fromModelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAssociations" ADD CONSTRAINT "ModelAssociations_toModelId_fkey" FOREIGN KEY ("toModelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAssociations" ADD CONSTRAINT "ModelAssociations_toArticleId_fkey" FOREIGN KEY ("toArticleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DownloadHistory" ADD CONSTRAINT "DownloadHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DownloadHistory" ADD CONSTRAINT "DownloadHistory_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReviewReport" ADD CONSTRAINT "ResourceReviewReport_resourceReviewId_fkey" FOREIGN KEY ("resourceReviewId") REFERENCES "ResourceReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReviewReport" ADD CONSTRAINT "ResourceReviewReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelReport" ADD CONSTRAINT "ModelReport_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelReport" ADD CONSTRAINT "ModelReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentV2Report" ADD CONSTRAINT "CommentV2Report_commentV2Id_fkey" FOREIGN KEY ("commentV2Id") REFERENCES "CommentV2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentV2Report" ADD CONSTRAINT "CommentV2Report_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageReport" ADD CONSTRAINT "ImageReport_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageReport" ADD CONSTRAINT "ImageReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReport" ADD CONSTRAINT "ArticleReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReport" ADD CONSTRAINT "ArticleReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReport" ADD CONSTRAINT "PostReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReport" ADD CONSTRAINT "PostReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserReport" ADD CONSTRAINT "UserReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserReport" ADD CONSTRAINT "UserReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionReport" ADD CONSTRAINT "CollectionReport_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionReport" ADD CONSTRAINT "CollectionReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyReport" ADD CONSTRAINT "BountyReport_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyReport" ADD CONSTRAINT "BountyReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryReport" ADD CONSTRAINT "BountyEntryReport_bountyEntryId_fkey" FOREIGN KEY ("bountyEntryId") REFERENCES "BountyEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryReport" ADD CONSTRAINT "BountyEntryReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatReport" ADD CONSTRAINT "ChatReport_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatReport" ADD CONSTRAINT "ChatReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectReport" ADD CONSTRAINT "ComicProjectReport_comicProjectId_fkey" FOREIGN KEY ("comicProjectId") REFERENCES "ComicProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectReport" ADD CONSTRAINT "ComicProjectReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReview" ADD CONSTRAINT "ResourceReview_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReview" ADD CONSTRAINT "ResourceReview_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReview" ADD CONSTRAINT "ResourceReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReviewReaction" ADD CONSTRAINT "ResourceReviewReaction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ResourceReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReviewReaction" ADD CONSTRAINT "ResourceReviewReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_model3dReviewId_fkey" FOREIGN KEY ("model3dReviewId") REFERENCES "Model3DReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostMetric" ADD CONSTRAINT "PostMetric_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTagForReview" ADD CONSTRAINT "ImageTagForReview_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageFlag" ADD CONSTRAINT "ImageFlag_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageConnection" ADD CONSTRAINT "ImageConnection_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageEngagement" ADD CONSTRAINT "ImageEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageEngagement" ADD CONSTRAINT "ImageEngagement_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageResource" ADD CONSTRAINT "ImageResource_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageResource" ADD CONSTRAINT "ImageResource_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageResourceNew" ADD CONSTRAINT "ImageResourceNew_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageResourceNew" ADD CONSTRAINT "ImageResourceNew_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageRatingRequest" ADD CONSTRAINT "ImageRatingRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageRatingRequest" ADD CONSTRAINT "ImageRatingRequest_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRatingReview" ADD CONSTRAINT "ArticleRatingReview_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRatingReview" ADD CONSTRAINT "ArticleRatingReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRatingReview" ADD CONSTRAINT "ArticleRatingReview_resolvedBy_fkey" FOREIGN KEY ("resolvedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionMetric" ADD CONSTRAINT "CollectionMetric_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnTags" ADD CONSTRAINT "TagsOnTags_fromTagId_fkey" FOREIGN KEY ("fromTagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnTags" ADD CONSTRAINT "TagsOnTags_toTagId_fkey" FOREIGN KEY ("toTagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModels" ADD CONSTRAINT "TagsOnModels_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModels" ADD CONSTRAINT "TagsOnModels_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModelsVote" ADD CONSTRAINT "TagsOnModelsVote_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModelsVote" ADD CONSTRAINT "TagsOnModelsVote_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModelsVote" ADD CONSTRAINT "TagsOnModelsVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnQuestions" ADD CONSTRAINT "TagsOnQuestions_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnQuestions" ADD CONSTRAINT "TagsOnQuestions_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnImageNew" ADD CONSTRAINT "TagsOnImageNew_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnImageVote" ADD CONSTRAINT "TagsOnImageVote_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnImageVote" ADD CONSTRAINT "TagsOnImageVote_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnImageVote" ADD CONSTRAINT "TagsOnImageVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnPost" ADD CONSTRAINT "TagsOnPost_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnPost" ADD CONSTRAINT "TagsOnPost_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnArticle" ADD CONSTRAINT "TagsOnArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnArticle" ADD CONSTRAINT "TagsOnArticle_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnBounty" ADD CONSTRAINT "TagsOnBounty_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnBounty" ADD CONSTRAINT "TagsOnBounty_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnPostVote" ADD CONSTRAINT "TagsOnPostVote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnPostVote" ADD CONSTRAINT "TagsOnPostVote_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnPostVote" ADD CONSTRAINT "TagsOnPostVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagMetric" ADD CONSTRAINT "TagMetric_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedModel" ADD CONSTRAINT "SavedModel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedModel" ADD CONSTRAINT "SavedModel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunStrategy" ADD CONSTRAINT "RunStrategy_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunStrategy" ADD CONSTRAINT "RunStrategy_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "OauthClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OauthClient" ADD CONSTRAINT "OauthClient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_role_fkey" FOREIGN KEY ("role") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserMembershipOverride" ADD CONSTRAINT "UserMembershipOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_blocks" ADD CONSTRAINT "app_blocks_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "OauthClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_block_reviews" ADD CONSTRAINT "app_block_reviews_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_block_reviews" ADD CONSTRAINT "app_block_reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_block_publish_requests" ADD CONSTRAINT "app_block_publish_requests_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_block_publish_requests" ADD CONSTRAINT "app_block_publish_requests_submitted_by_user_id_fkey" FOREIGN KEY ("submitted_by_user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_block_publish_requests" ADD CONSTRAINT "app_block_publish_requests_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listings" ADD CONSTRAINT "app_listings_icon_id_fkey" FOREIGN KEY ("icon_id") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listings" ADD CONSTRAINT "app_listings_cover_id_fkey" FOREIGN KEY ("cover_id") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listings" ADD CONSTRAINT "app_listings_connect_client_id_fkey" FOREIGN KEY ("connect_client_id") REFERENCES "OauthClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listings" ADD CONSTRAINT "app_listings_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listings" ADD CONSTRAINT "app_listings_revision_of_id_fkey" FOREIGN KEY ("revision_of_id") REFERENCES "app_listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listings" ADD CONSTRAINT "app_listings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_screenshots" ADD CONSTRAINT "app_listing_screenshots_app_listing_id_fkey" FOREIGN KEY ("app_listing_id") REFERENCES "app_listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_screenshots" ADD CONSTRAINT "app_listing_screenshots_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_reviews" ADD CONSTRAINT "app_listing_reviews_app_listing_id_fkey" FOREIGN KEY ("app_listing_id") REFERENCES "app_listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_reviews" ADD CONSTRAINT "app_listing_reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_metrics" ADD CONSTRAINT "app_listing_metrics_app_listing_id_fkey" FOREIGN KEY ("app_listing_id") REFERENCES "app_listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_publish_requests" ADD CONSTRAINT "app_listing_publish_requests_app_listing_id_fkey" FOREIGN KEY ("app_listing_id") REFERENCES "app_listings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_publish_requests" ADD CONSTRAINT "app_listing_publish_requests_submitted_by_user_id_fkey" FOREIGN KEY ("submitted_by_user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_publish_requests" ADD CONSTRAINT "app_listing_publish_requests_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_reports" ADD CONSTRAINT "app_listing_reports_app_listing_id_fkey" FOREIGN KEY ("app_listing_id") REFERENCES "app_listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_reports" ADD CONSTRAINT "app_listing_reports_reporter_user_id_fkey" FOREIGN KEY ("reporter_user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_reports" ADD CONSTRAINT "app_listing_reports_resolved_by_user_id_fkey" FOREIGN KEY ("resolved_by_user_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_moderation_events" ADD CONSTRAINT "app_listing_moderation_events_app_listing_id_fkey" FOREIGN KEY ("app_listing_id") REFERENCES "app_listings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_moderation_events" ADD CONSTRAINT "app_listing_moderation_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_listing_moderation_events" ADD CONSTRAINT "app_listing_moderation_events_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "app_listing_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_review_agent_reports" ADD CONSTRAINT "app_review_agent_reports_prior_report_id_fkey" FOREIGN KEY ("prior_report_id") REFERENCES "app_review_agent_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_user_settings" ADD CONSTRAINT "block_user_settings_block_instance_id_fkey" FOREIGN KEY ("block_instance_id") REFERENCES "block_user_subscriptions"("block_instance_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_user_settings" ADD CONSTRAINT "block_user_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_default_blocks" ADD CONSTRAINT "platform_default_blocks_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_default_blocks" ADD CONSTRAINT "platform_default_blocks_promoted_by_fkey" FOREIGN KEY ("promoted_by") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_user_subscriptions" ADD CONSTRAINT "block_user_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_user_subscriptions" ADD CONSTRAINT "block_user_subscriptions_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_buzz_attribution" ADD CONSTRAINT "block_buzz_attribution_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_buzz_attribution" ADD CONSTRAINT "block_buzz_attribution_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "OauthClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_buzz_attribution" ADD CONSTRAINT "block_buzz_attribution_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_buzz_attribution" ADD CONSTRAINT "block_buzz_attribution_app_owner_user_id_fkey" FOREIGN KEY ("app_owner_user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_attribution_payout" ADD CONSTRAINT "block_attribution_payout_app_owner_user_id_fkey" FOREIGN KEY ("app_owner_user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_spend_attribution" ADD CONSTRAINT "block_spend_attribution_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_spend_attribution" ADD CONSTRAINT "block_spend_attribution_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "OauthClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_spend_attribution" ADD CONSTRAINT "block_spend_attribution_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_spend_attribution" ADD CONSTRAINT "block_spend_attribution_app_owner_user_id_fkey" FOREIGN KEY ("app_owner_user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_spend_attribution" ADD CONSTRAINT "block_spend_attribution_content_author_user_id_fkey" FOREIGN KEY ("content_author_user_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_subscription_attribution" ADD CONSTRAINT "block_subscription_attribution_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_subscription_attribution" ADD CONSTRAINT "block_subscription_attribution_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "OauthClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_subscription_attribution" ADD CONSTRAINT "block_subscription_attribution_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_subscription_attribution" ADD CONSTRAINT "block_subscription_attribution_app_owner_user_id_fkey" FOREIGN KEY ("app_owner_user_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_scope_invocations" ADD CONSTRAINT "block_scope_invocations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_scope_invocations" ADD CONSTRAINT "block_scope_invocations_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user_scope_grants" ADD CONSTRAINT "app_user_scope_grants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user_scope_grants" ADD CONSTRAINT "app_user_scope_grants_app_block_id_fkey" FOREIGN KEY ("app_block_id") REFERENCES "app_blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_dev_forgejo_identity" ADD CONSTRAINT "app_dev_forgejo_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OauthConsent" ADD CONSTRAINT "OauthConsent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OauthConsent" ADD CONSTRAINT "OauthConsent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "OauthClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdToken" ADD CONSTRAINT "AdToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReaction" ADD CONSTRAINT "CommentReaction_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReaction" ADD CONSTRAINT "CommentReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserNotificationSettings" ADD CONSTRAINT "UserNotificationSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_selectedAnswerId_fkey" FOREIGN KEY ("selectedAnswerId") REFERENCES "Answer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionMetric" ADD CONSTRAINT "QuestionMetric_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerVote" ADD CONSTRAINT "AnswerVote_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerVote" ADD CONSTRAINT "AnswerVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerMetric" ADD CONSTRAINT "AnswerMetric_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentV2" ADD CONSTRAINT "CommentV2_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentV2" ADD CONSTRAINT "CommentV2_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_parentThreadId_fkey" FOREIGN KEY ("parentThreadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_rootThreadId_fkey" FOREIGN KEY ("rootThreadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ResourceReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "CommentV2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_bountyEntryId_fkey" FOREIGN KEY ("bountyEntryId") REFERENCES "BountyEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_clubPostId_fkey" FOREIGN KEY ("clubPostId") REFERENCES "ClubPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_comicProjectId_comicChapterPosition_fkey" FOREIGN KEY ("comicProjectId", "comicChapterPosition") REFERENCES "ComicChapter"("projectId", "position") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_model3dReviewId_fkey" FOREIGN KEY ("model3dReviewId") REFERENCES "Model3DReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_appListingId_fkey" FOREIGN KEY ("appListingId") REFERENCES "app_listings"("serial_id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReaction" ADD CONSTRAINT "QuestionReaction_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReaction" ADD CONSTRAINT "QuestionReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerReaction" ADD CONSTRAINT "AnswerReaction_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerReaction" ADD CONSTRAINT "AnswerReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentV2Reaction" ADD CONSTRAINT "CommentV2Reaction_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "CommentV2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentV2Reaction" ADD CONSTRAINT "CommentV2Reaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageReaction" ADD CONSTRAINT "ImageReaction_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageReaction" ADD CONSTRAINT "ImageReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReaction" ADD CONSTRAINT "PostReaction_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReaction" ADD CONSTRAINT "PostReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReaction" ADD CONSTRAINT "ArticleReaction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReaction" ADD CONSTRAINT "ArticleReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagEngagement" ADD CONSTRAINT "TagEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagEngagement" ADD CONSTRAINT "TagEngagement_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementUser" ADD CONSTRAINT "AnnouncementUser_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementUser" ADD CONSTRAINT "AnnouncementUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardsBonusEvent" ADD CONSTRAINT "RewardsBonusEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardsBonusEvent" ADD CONSTRAINT "RewardsBonusEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cosmetic" ADD CONSTRAINT "Cosmetic_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmetic" ADD CONSTRAINT "UserCosmetic_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmetic" ADD CONSTRAINT "UserCosmetic_cosmeticId_fkey" FOREIGN KEY ("cosmeticId") REFERENCES "Cosmetic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopSection" ADD CONSTRAINT "CosmeticShopSection_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopSection" ADD CONSTRAINT "CosmeticShopSection_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopItem" ADD CONSTRAINT "CosmeticShopItem_cosmeticId_fkey" FOREIGN KEY ("cosmeticId") REFERENCES "Cosmetic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopItem" ADD CONSTRAINT "CosmeticShopItem_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopItemCosmetic" ADD CONSTRAINT "CosmeticShopItemCosmetic_shopItemId_fkey" FOREIGN KEY ("shopItemId") REFERENCES "CosmeticShopItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopItemCosmetic" ADD CONSTRAINT "CosmeticShopItemCosmetic_cosmeticId_fkey" FOREIGN KEY ("cosmeticId") REFERENCES "Cosmetic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopItemWishlist" ADD CONSTRAINT "UserCosmeticShopItemWishlist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopItemWishlist" ADD CONSTRAINT "UserCosmeticShopItemWishlist_shopItemId_fkey" FOREIGN KEY ("shopItemId") REFERENCES "CosmeticShopItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopSectionItem" ADD CONSTRAINT "CosmeticShopSectionItem_shopItemId_fkey" FOREIGN KEY ("shopItemId") REFERENCES "CosmeticShopItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosmeticShopSectionItem" ADD CONSTRAINT "CosmeticShopSectionItem_shopSectionId_fkey" FOREIGN KEY ("shopSectionId") REFERENCES "CosmeticShopSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopPurchases" ADD CONSTRAINT "UserCosmeticShopPurchases_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopPurchases" ADD CONSTRAINT "UserCosmeticShopPurchases_cosmeticId_fkey" FOREIGN KEY ("cosmeticId") REFERENCES "Cosmetic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopPurchases" ADD CONSTRAINT "UserCosmeticShopPurchases_shopItemId_fkey" FOREIGN KEY ("shopItemId") REFERENCES "CosmeticShopItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopPurchaseCosmetic" ADD CONSTRAINT "UserCosmeticShopPurchaseCosmetic_buzzTransactionId_fkey" FOREIGN KEY ("buzzTransactionId") REFERENCES "UserCosmeticShopPurchases"("buzzTransactionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCosmeticShopPurchaseCosmetic" ADD CONSTRAINT "UserCosmeticShopPurchaseCosmetic_cosmeticId_fkey" FOREIGN KEY ("cosmeticId") REFERENCES "Cosmetic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEngagement" ADD CONSTRAINT "ArticleEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEngagement" ADD CONSTRAINT "ArticleEngagement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleMetric" ADD CONSTRAINT "ArticleMetric_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderboardResult" ADD CONSTRAINT "LeaderboardResult_leaderboardId_fkey" FOREIGN KEY ("leaderboardId") REFERENCES "Leaderboard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderboardResult" ADD CONSTRAINT "LeaderboardResult_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionExploration" ADD CONSTRAINT "ModelVersionExploration_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItemScore" ADD CONSTRAINT "CollectionItemScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItemScore" ADD CONSTRAINT "CollectionItemScore_collectionItemId_fkey" FOREIGN KEY ("collectionItemId") REFERENCES "CollectionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionContributor" ADD CONSTRAINT "CollectionContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionContributor" ADD CONSTRAINT "CollectionContributor_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnCollection" ADD CONSTRAINT "TagsOnCollection_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnCollection" ADD CONSTRAINT "TagsOnCollection_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeBlock" ADD CONSTRAINT "HomeBlock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeBlock" ADD CONSTRAINT "HomeBlock_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "HomeBlock"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bounty" ADD CONSTRAINT "Bounty_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntry" ADD CONSTRAINT "BountyEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntry" ADD CONSTRAINT "BountyEntry_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryReaction" ADD CONSTRAINT "BountyEntryReaction_bountyEntryId_fkey" FOREIGN KEY ("bountyEntryId") REFERENCES "BountyEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryReaction" ADD CONSTRAINT "BountyEntryReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyBenefactor" ADD CONSTRAINT "BountyBenefactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyBenefactor" ADD CONSTRAINT "BountyBenefactor_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyBenefactor" ADD CONSTRAINT "BountyBenefactor_awardedToId_fkey" FOREIGN KEY ("awardedToId") REFERENCES "BountyEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEngagement" ADD CONSTRAINT "BountyEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEngagement" ADD CONSTRAINT "BountyEngagement_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyMetric" ADD CONSTRAINT "BountyMetric_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryMetric" ADD CONSTRAINT "BountyEntryMetric_bountyEntryId_fkey" FOREIGN KEY ("bountyEntryId") REFERENCES "BountyEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAccess" ADD CONSTRAINT "EntityAccess_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCollaborator" ADD CONSTRAINT "EntityCollaborator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCollaborator" ADD CONSTRAINT "EntityCollaborator_createdBy_fkey" FOREIGN KEY ("createdBy") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Club" ADD CONSTRAINT "Club_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Club" ADD CONSTRAINT "Club_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Club" ADD CONSTRAINT "Club_headerImageId_fkey" FOREIGN KEY ("headerImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Club" ADD CONSTRAINT "Club_avatarId_fkey" FOREIGN KEY ("avatarId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubTier" ADD CONSTRAINT "ClubTier_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubTier" ADD CONSTRAINT "ClubTier_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubAdminInvite" ADD CONSTRAINT "ClubAdminInvite_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubAdmin" ADD CONSTRAINT "ClubAdmin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubAdmin" ADD CONSTRAINT "ClubAdmin_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMembership" ADD CONSTRAINT "ClubMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMembership" ADD CONSTRAINT "ClubMembership_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMembership" ADD CONSTRAINT "ClubMembership_clubTierId_fkey" FOREIGN KEY ("clubTierId") REFERENCES "ClubTier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMembership" ADD CONSTRAINT "ClubMembership_downgradeClubTierId_fkey" FOREIGN KEY ("downgradeClubTierId") REFERENCES "ClubTier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubPost" ADD CONSTRAINT "ClubPost_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubPost" ADD CONSTRAINT "ClubPost_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubPost" ADD CONSTRAINT "ClubPost_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubPostReaction" ADD CONSTRAINT "ClubPostReaction_clubPostId_fkey" FOREIGN KEY ("clubPostId") REFERENCES "ClubPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubPostReaction" ADD CONSTRAINT "ClubPostReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubPostMetric" ADD CONSTRAINT "ClubPostMetric_clubPostId_fkey" FOREIGN KEY ("clubPostId") REFERENCES "ClubPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMetric" ADD CONSTRAINT "ClubMetric_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chat" ADD CONSTRAINT "Chat_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMember" ADD CONSTRAINT "ChatMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMember" ADD CONSTRAINT "ChatMember_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMember" ADD CONSTRAINT "ChatMember_lastViewedMessageId_fkey" FOREIGN KEY ("lastViewedMessageId") REFERENCES "ChatMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_referenceMessageId_fkey" FOREIGN KEY ("referenceMessageId") REFERENCES "ChatMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuildGuide" ADD CONSTRAINT "BuildGuide_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchasableReward" ADD CONSTRAINT "PurchasableReward_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchasableReward" ADD CONSTRAINT "PurchasableReward_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPurchasedRewards" ADD CONSTRAINT "UserPurchasedRewards_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPurchasedRewards" ADD CONSTRAINT "UserPurchasedRewards_purchasableRewardId_fkey" FOREIGN KEY ("purchasableRewardId") REFERENCES "PurchasableReward"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VaultItem" ADD CONSTRAINT "VaultItem_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VaultItem" ADD CONSTRAINT "VaultItem_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vault" ADD CONSTRAINT "Vault_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedeemableCode" ADD CONSTRAINT "RedeemableCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedeemableCode" ADD CONSTRAINT "RedeemableCode_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTool" ADD CONSTRAINT "ImageTool_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTool" ADD CONSTRAINT "ImageTool_toolId_fkey" FOREIGN KEY ("toolId") REFERENCES "Tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTechnique" ADD CONSTRAINT "ImageTechnique_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTechnique" ADD CONSTRAINT "ImageTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationGoal" ADD CONSTRAINT "DonationGoal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationGoal" ADD CONSTRAINT "DonationGoal_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_donationGoalId_fkey" FOREIGN KEY ("donationGoalId") REFERENCES "DonationGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_resolvedBy_fkey" FOREIGN KEY ("resolvedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Auction" ADD CONSTRAINT "Auction_auctionBaseId_fkey" FOREIGN KEY ("auctionBaseId") REFERENCES "AuctionBase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "Auction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidRecurring" ADD CONSTRAINT "BidRecurring_auctionBaseId_fkey" FOREIGN KEY ("auctionBaseId") REFERENCES "AuctionBase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidRecurring" ADD CONSTRAINT "BidRecurring_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeaturedModelVersion" ADD CONSTRAINT "FeaturedModelVersion_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoveredCheckpoint" ADD CONSTRAINT "CoveredCheckpoint_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoveredCheckpoint" ADD CONSTRAINT "CoveredCheckpoint_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationRule" ADD CONSTRAINT "ModerationRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewOrderPlayer" ADD CONSTRAINT "NewOrderPlayer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewOrderPlayer" ADD CONSTRAINT "NewOrderPlayer_rankType_fkey" FOREIGN KEY ("rankType") REFERENCES "NewOrderRank"("type") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewOrderSmite" ADD CONSTRAINT "NewOrderSmite_targetPlayerId_fkey" FOREIGN KEY ("targetPlayerId") REFERENCES "NewOrderPlayer"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewOrderSmite" ADD CONSTRAINT "NewOrderSmite_givenById_fkey" FOREIGN KEY ("givenById") REFERENCES "NewOrderPlayer"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportAutomated" ADD CONSTRAINT "ReportAutomated_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "ChallengeJudge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ChallengeEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeReport" ADD CONSTRAINT "ChallengeReport_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeReport" ADD CONSTRAINT "ChallengeReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeJudge" ADD CONSTRAINT "ChallengeJudge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeEngagement" ADD CONSTRAINT "ChallengeEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeEngagement" ADD CONSTRAINT "ChallengeEngagement_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeWinner" ADD CONSTRAINT "ChallengeWinner_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeWinner" ADD CONSTRAINT "ChallengeWinner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeWinner" ADD CONSTRAINT "ChallengeWinner_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeEvent" ADD CONSTRAINT "ChallengeEvent_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeEvent" ADD CONSTRAINT "ChallengeEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRank" ADD CONSTRAINT "QuestionRank_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerRank" ADD CONSTRAINT "AnswerRank_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelReportStat" ADD CONSTRAINT "ModelReportStat_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleStat" ADD CONSTRAINT "ArticleStat_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRank" ADD CONSTRAINT "ArticleRank_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStat" ADD CONSTRAINT "UserStat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRank" ADD CONSTRAINT "UserRank_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagStat" ADD CONSTRAINT "TagStat_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagRank" ADD CONSTRAINT "TagRank_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageModHelper" ADD CONSTRAINT "ImageModHelper_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelHash" ADD CONSTRAINT "ModelHash_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelHash" ADD CONSTRAINT "ModelHash_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostHelper" ADD CONSTRAINT "PostHelper_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostStat" ADD CONSTRAINT "PostStat_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionStat" ADD CONSTRAINT "CollectionStat_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRank" ADD CONSTRAINT "CollectionRank_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTag" ADD CONSTRAINT "ImageTag_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTag" ADD CONSTRAINT "ImageTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelTag" ADD CONSTRAINT "ModelTag_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelTag" ADD CONSTRAINT "ModelTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageResourceHelper" ADD CONSTRAINT "ImageResourceHelper_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostResourceHelper" ADD CONSTRAINT "PostResourceHelper_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostImageTag" ADD CONSTRAINT "PostImageTag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostTag" ADD CONSTRAINT "PostTag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostTag" ADD CONSTRAINT "PostTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReviewHelper" ADD CONSTRAINT "ResourceReviewHelper_resourceReviewId_fkey" FOREIGN KEY ("resourceReviewId") REFERENCES "ResourceReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationCoverage" ADD CONSTRAINT "GenerationCoverage_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationCoverage" ADD CONSTRAINT "GenerationCoverage_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserProfile" ADD CONSTRAINT "UserProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserProfile" ADD CONSTRAINT "UserProfile_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyStat" ADD CONSTRAINT "BountyStat_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyRank" ADD CONSTRAINT "BountyRank_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryStat" ADD CONSTRAINT "BountyEntryStat_bountyEntryId_fkey" FOREIGN KEY ("bountyEntryId") REFERENCES "BountyEntry"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BountyEntryRank" ADD CONSTRAINT "BountyEntryRank_bountyEntryId_fkey" FOREIGN KEY ("bountyEntryId") REFERENCES "BountyEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubStat" ADD CONSTRAINT "ClubStat_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubRank" ADD CONSTRAINT "ClubRank_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnImageDetails" ADD CONSTRAINT "TagsOnImageDetails_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnImageDetails" ADD CONSTRAINT "TagsOnImageDetails_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProject" ADD CONSTRAINT "ComicProject_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProject" ADD CONSTRAINT "ComicProject_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProject" ADD CONSTRAINT "ComicProject_heroImageId_fkey" FOREIGN KEY ("heroImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectMetric" ADD CONSTRAINT "ComicProjectMetric_comicProjectId_fkey" FOREIGN KEY ("comicProjectId") REFERENCES "ComicProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicChapter" ADD CONSTRAINT "ComicChapter_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ComicProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicChapterRead" ADD CONSTRAINT "ComicChapterRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicChapterRead" ADD CONSTRAINT "ComicChapterRead_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "ComicChapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicReference" ADD CONSTRAINT "ComicReference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicReferenceImage" ADD CONSTRAINT "ComicReferenceImage_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ComicReference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicReferenceImage" ADD CONSTRAINT "ComicReferenceImage_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectReference" ADD CONSTRAINT "ComicProjectReference_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ComicProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectReference" ADD CONSTRAINT "ComicProjectReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ComicReference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicPanel" ADD CONSTRAINT "ComicPanel_projectId_chapterPosition_fkey" FOREIGN KEY ("projectId", "chapterPosition") REFERENCES "ComicChapter"("projectId", "position") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicPanel" ADD CONSTRAINT "ComicPanel_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectEngagement" ADD CONSTRAINT "ComicProjectEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicProjectEngagement" ADD CONSTRAINT "ComicProjectEngagement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ComicProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicPanelReference" ADD CONSTRAINT "ComicPanelReference_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "ComicPanel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComicPanelReference" ADD CONSTRAINT "ComicPanelReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ComicReference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRestriction" ADD CONSTRAINT "UserRestriction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStrike" ADD CONSTRAINT "UserStrike_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStrike" ADD CONSTRAINT "UserStrike_voidedBy_fkey" FOREIGN KEY ("voidedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStrike" ADD CONSTRAINT "UserStrike_issuedBy_fkey" FOREIGN KEY ("issuedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationPreset" ADD CONSTRAINT "GenerationPreset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildcardSet" ADD CONSTRAINT "WildcardSet_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildcardSet" ADD CONSTRAINT "WildcardSet_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildcardSetCategory" ADD CONSTRAINT "WildcardSetCategory_wildcardSetId_fkey" FOREIGN KEY ("wildcardSetId") REFERENCES "WildcardSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3D" ADD CONSTRAINT "Model3D_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3D" ADD CONSTRAINT "Model3D_thumbnailImageId_fkey" FOREIGN KEY ("thumbnailImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3D" ADD CONSTRAINT "Model3D_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "Model3DLicense"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3D" ADD CONSTRAINT "Model3D_sourceImageId_fkey" FOREIGN KEY ("sourceImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3D" ADD CONSTRAINT "Model3D_deletedBy_fkey" FOREIGN KEY ("deletedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DFile" ADD CONSTRAINT "Model3DFile_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModel3D" ADD CONSTRAINT "TagsOnModel3D_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagsOnModel3D" ADD CONSTRAINT "TagsOnModel3D_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DEngagement" ADD CONSTRAINT "Model3DEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DEngagement" ADD CONSTRAINT "Model3DEngagement_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DReport" ADD CONSTRAINT "Model3DReport_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DReport" ADD CONSTRAINT "Model3DReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DReview" ADD CONSTRAINT "Model3DReview_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DReview" ADD CONSTRAINT "Model3DReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DReviewReport" ADD CONSTRAINT "Model3DReviewReport_model3dReviewId_fkey" FOREIGN KEY ("model3dReviewId") REFERENCES "Model3DReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DReviewReport" ADD CONSTRAINT "Model3DReviewReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3DMetric" ADD CONSTRAINT "Model3DMetric_model3dId_fkey" FOREIGN KEY ("model3dId") REFERENCES "Model3D"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_placerId_fkey" FOREIGN KEY ("placerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementTransaction" ADD CONSTRAINT "PlacementTransaction_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementSuspension" ADD CONSTRAINT "PlacementSuspension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_LicenseToModel" ADD CONSTRAINT "_LicenseToModel_A_fkey" FOREIGN KEY ("A") REFERENCES "License"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_LicenseToModel" ADD CONSTRAINT "_LicenseToModel_B_fkey" FOREIGN KEY ("B") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

