import dataSourcePromise from './cli-data-source';

/** `npm run db:migrate` and `npm run db:revert`, on the same database the app would use. */
async function main(command: string | undefined): Promise<void> {
  const db = await (await dataSourcePromise).initialize();
  try {
    if (command === 'migrate') {
      const applied = await db.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'The schema is up to date.');
    } else if (command === 'revert') {
      await db.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the most recent migration.');
    } else {
      throw new Error('Usage: cli.ts migrate|revert');
    }
  } finally {
    await db.destroy();
  }
  process.exit(0);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
