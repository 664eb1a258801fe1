import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  Applications: ['id', 'name', 'createdAt', 'updatedAt'],
  ApplicationGroups: ['ApplicationId', 'GroupId', 'createdAt', 'updatedAt'],
  Groups: ['id', 'name', 'createdAt', 'updatedAt'],
  Users: ['id', 'email', 'role', 'createdAt', 'updatedAt'],
  UserGroups: ['id', 'role', 'UserId', 'GroupId', 'createdAt', 'updatedAt'],
});

describe('sequelize belongsToMany through values', () => {
  it('through-values: the values an association accessor writes are columns of its through model', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/sequelize/through-values', import.meta.url));
    const { usages } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    expect(siteLines(usages).filter((site) => site.includes('.role '))).toEqual([
      // `group.addMember(user, {role: 'viewer'})` (Sequelize 3).
      'app/controllers/payments.js:15:29 public.UserGroups.role write sequelize addBacker',
      // Not `mailer.addRecipient(user, {role})` nor `application.addGroup(group, {role})` (the accessor users and
      // applications share, with different through tables).
      'app/models/User.js:4:5 public.Users.role definition sequelize User.role',
      'app/models/UserGroup.js:3:5 public.UserGroups.role definition sequelize UserGroup.role',
      'test/groups.routes.test.js:18:25 public.UserGroups.role write sequelize -',
      // `setMembers([user, user2], {through: {role: 'writer'}})` (Sequelize 4); not `user2.addGroup(group, {through:
      // {role}})`: `addGroup` is contested.
      'test/groups.routes.test.js:24:55 public.UserGroups.role write sequelize -',
    ]);
  });
});
