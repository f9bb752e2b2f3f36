/**
 * The SARIF 2.1.0 schema itself is not available offline here (no npm package ships it without fetching it
 * at run time), so this test validates the output against a structural subset written from the spec:
 * every required property and enumeration reportlint's output touches, plus cross-references.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { sarif } from '../../src/formatters/sarif.js';
import { context, RESULTS } from './fixtures.js';

const message = {
  type: 'object',
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
  properties: { text: { type: 'string' } },
};
const positive = { type: 'integer', minimum: 1 };
const artifactLocation = {
  type: 'object',
  properties: { uri: { type: 'string' }, uriBaseId: { type: 'string' }, index: { type: 'integer', minimum: -1 } },
};
const location = {
  type: 'object',
  properties: {
    physicalLocation: {
      type: 'object',
      anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
      properties: {
        artifactLocation,
        region: {
          type: 'object',
          properties: { startLine: positive, startColumn: positive, endLine: positive, endColumn: positive },
        },
      },
    },
  },
};
const level = { enum: ['none', 'note', 'warning', 'error'] };
const SARIF_SUBSET = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  informationUri: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        shortDescription: { type: 'object', required: ['text'] },
                        fullDescription: { type: 'object', required: ['text'] },
                        helpUri: { type: 'string' },
                        defaultConfiguration: { type: 'object', properties: { level } },
                      },
                    },
                  },
                },
              },
            },
          },
          originalUriBaseIds: { type: 'object', additionalProperties: artifactLocation },
          artifacts: { type: 'array', items: { type: 'object', properties: { location: artifactLocation } } },
          invocations: {
            type: 'array',
            items: {
              type: 'object',
              required: ['executionSuccessful'],
              properties: {
                executionSuccessful: { type: 'boolean' },
                toolExecutionNotifications: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['message'],
                    properties: { message, level, locations: { type: 'array', items: location } },
                  },
                },
              },
            },
          },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level,
                message,
                locations: { type: 'array', items: location },
              },
            },
          },
        },
      },
    },
  },
};

interface Log {
  runs: Array<{
    tool: { driver: { version?: string; rules: Array<{ id: string; helpUri?: string; shortDescription: { text: string } }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: Array<{ location: { uri: string; uriBaseId?: string } }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
    results: Array<{
      ruleId?: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string; index: number };
          region: Record<string, number>;
        };
      }>;
    }>;
  }>;
}

describe('sarif', () => {
  const log = JSON.parse(sarif(RESULTS, context())) as Log;
  const run = log.runs[0]!;
  test('passes the structural SARIF 2.1.0 subset', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(SARIF_SUBSET);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
  test('relative URIs against %SRCROOT%, which is an absolute directory URI', () => {
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///work/site/');
    expect(run.artifacts.map((a) => a.location)).toEqual([
      { uri: 'reports/2023%E5%B9%B4%E6%8A%A5.md', uriBaseId: '%SRCROOT%' },
      { uri: 'reports/broken.docx', uriBaseId: '%SRCROOT%' },
      { uri: 'clean.md', uriBaseId: '%SRCROOT%' },
    ]);
    for (const a of run.artifacts)
      expect(new URL(a.location.uri, run.originalUriBaseIds['%SRCROOT%']!.uri).protocol).toBe('file:');
  });
  test('rules with help URIs; results point at them by index', () => {
    expect(run.tool.driver.version).toBe('9.9.9');
    // An unreadable file is a result of reportlint's own rule, since code scanning needs a ruleId on every result.
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'fee-statement',
      'numeric-cells',
      'reportlint/unreadable',
      'statistical-period',
    ]);
    expect(run.tool.driver.rules[3]!.helpUri).toBe('https://example.test/docs/rules/statistical-period.md');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });
  test('levels, regions and the fatal file as a notification', () => {
    expect(run.results.map((r) => [r.ruleId ?? null, r.level, r.locations[0]!.physicalLocation.region])).toEqual([
      ['statistical-period', 'error', { startLine: 3, startColumn: 67, endLine: 3, endColumn: 90 }],
      ['numeric-cells', 'warning', { startLine: 12, startColumn: 5 }],
      ['fee-statement', 'error', { startLine: 73, startColumn: 4 }],
      ['reportlint/unreadable', 'error', { startLine: 1, startColumn: 1 }],
    ]);
    expect(run.results[2]!.message.text).toBe('未说明信息处理费的收取情况');
    const docx = JSON.parse(sarif([{ ...RESULTS[0]!, format: 'docx' }], context())) as Log;
    expect(docx.runs[0]!.results[2]!.message.text).toBe('未说明信息处理费的收取情况（位置：第六部分）');
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });
  test('a file outside the working folder gets an absolute URI and no base', () => {
    const out = JSON.parse(sarif([{ ...RESULTS[2]!, filePath: '/elsewhere/x.md' }], context())) as Log;
    expect(out.runs[0]!.artifacts[0]!.location).toEqual({ uri: 'file:///elsewhere/x.md' });
  });
});
