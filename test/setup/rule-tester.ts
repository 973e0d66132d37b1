// The RuleTester declares its cases with vitest's describe/it (vitest has no globals here).
import { describe, it } from 'vitest';
import { RuleTester } from '@fieldcode/content';

RuleTester.describe = describe;
RuleTester.it = it;
