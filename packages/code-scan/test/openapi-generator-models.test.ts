import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGeneratedModels, generatedModelSites } from '../src/index.js';

const FIXTURE = fileURLToPath(new URL('../../../fixtures/accounts-contract-changed', import.meta.url));

/** Model files in the shapes openapi-generator writes them, one per language, under one output folder. */
const GENERATED: Record<string, string> = {
  'clients/go/model_member_dto.go': 'package openapi\n\ntype MemberDto struct {\n\tId int32 `json:"id"`\n\tContactEmail string `json:"contactEmail"`\n}\n',
  'clients/python/members_client/models/member_dto.py':
    'class MemberDto(BaseModel):\n    """MemberDto"""\n    id: StrictInt\n    contact_email: StrictStr = Field(alias="contactEmail")\n    __properties: ClassVar[List[str]] = ["id", "contactEmail"]\n',
  'clients/kotlin/src/main/kotlin/org/openapitools/client/models/MemberDto.kt':
    'data class MemberDto (\n\n    @Json(name = "id")\n    val id: kotlin.Int,\n\n    @Json(name = "contactEmail")\n    val contactEmail: kotlin.String\n)\n',
};

describe('openapi-generator clients in other languages: model files by the manifest the generator writes', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'code-scan-generated-'));
    for (const [file, text] of Object.entries(GENERATED)) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), text);
    }
    for (const [output, listed] of [
      ['clients/go', ['README.md', 'docs/MemberDto.md', 'model_member_dto.go', 'client.go']],
      ['clients/python', ['members_client/models/member_dto.py', 'members_client/models/__init__.py', 'test/test_member_dto.py']],
      ['clients/kotlin', ['src/main/kotlin/org/openapitools/client/models/MemberDto.kt', 'src/main/kotlin/org/openapitools/client/models/InvoiceDto.kt']],
    ] as const) {
      await mkdir(join(root, output, '.openapi-generator'), { recursive: true });
      await writeFile(join(root, output, '.openapi-generator/FILES'), `${listed.join('\n')}\n`);
    }
    // The Python package's `__init__.py` is listed and present: a package, no model.
    await writeFile(join(root, 'clients/python/members_client/models/__init__.py'), 'from members_client.models.member_dto import MemberDto\n');
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('Go, Python and Kotlin models: each field at its declaration; a listed file that is missing is a warning naming the manifest and line', async () => {
    const { models, diagnostics } = await findGeneratedModels(root);
    expect(models.map((model) => `${model.service} ${model.schema} ${model.file}`)).toEqual([
      'go MemberDto clients/go/model_member_dto.go',
      'kotlin MemberDto clients/kotlin/src/main/kotlin/org/openapitools/client/models/MemberDto.kt',
      'python MemberDto clients/python/members_client/models/member_dto.py',
    ]);
    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)).toEqual([
      'client/missing-file clients/kotlin/.openapi-generator/FILES:2: the generated client lists src/main/kotlin/org/openapitools/client/models/InvoiceDto.kt, which is missing; its fields are not followed',
    ]);
    const sites = generatedModelSites(models, [{ schema: 'MemberDto', property: 'contactEmail' }, { schema: 'InvoiceDto', property: 'contactEmail' }]);
    expect(sites.map((site) => `${site.location.file}:${site.location.line} ${site.symbol}`)).toEqual([
      'clients/go/model_member_dto.go:5 MemberDto.contactEmail',
      'clients/kotlin/src/main/kotlin/org/openapitools/client/models/MemberDto.kt:6 MemberDto.contactEmail',
      'clients/python/members_client/models/member_dto.py:4 MemberDto.contactEmail',
    ]);
  });

  it("the fixture's Dart client: Account.contactEmail at its declaration, not the constructor's this.contactEmail; the inline contact schema's email only under its own name", async () => {
    const { models, diagnostics } = await findGeneratedModels(FIXTURE);
    expect(diagnostics).toEqual([]);
    const sites = generatedModelSites(models, [
      { schema: 'Account', property: 'contactEmail' },
      { schema: 'GetAccountContact200Response', property: 'email' },
      { schema: 'Account', property: 'email' },
    ]);
    expect(sites.map((site) => `${site.service} ${site.location.file}:${site.location.line} ${site.symbol}`)).toEqual([
      'accounts_api_client apps/accounts_mobile/accounts_api_client/lib/model/account.dart:25 Account.contactEmail',
      'accounts_api_client apps/accounts_mobile/accounts_api_client/lib/model/get_account_contact200_response.dart:14 GetAccountContact200Response.email',
    ]);
  });
});
