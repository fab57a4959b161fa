-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Parent"("a", "b") ON DELETE RESTRICT ON UPDATE CASCADE;
