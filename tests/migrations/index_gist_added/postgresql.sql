-- CreateIndex
CREATE INDEX "User_ip_idx" ON "User" USING GIST ("ip" inet_ops);
