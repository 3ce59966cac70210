-- AlterTable
ALTER TABLE "User" ADD COLUMN     "awaitingRights" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcSubject" TEXT;

-- CreateTable
CREATE TABLE "OidcConfig" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretEncrypted" TEXT NOT NULL,
    "claimName" TEXT NOT NULL DEFAULT 'groups',
    "roleMappings" JSONB NOT NULL DEFAULT '[]',
    "passwordSignInDisabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OidcConfig_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OidcConfig_municipalityId_key" ON "OidcConfig"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_municipalityId_key" ON "User"("oidcIssuer", "oidcSubject", "municipalityId");

-- AddForeignKey
ALTER TABLE "OidcConfig" ADD CONSTRAINT "OidcConfig_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

