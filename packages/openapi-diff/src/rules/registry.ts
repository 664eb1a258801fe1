// Generated from the rule files by listing them; `registry.test.ts` fails when a file is missing here.
import type { Site } from '../diff/change-event.js';
import { apiDeprecatedSunsetParse } from './api-deprecated-sunset-parse.js';
import { apiGlobalSecurityAdded } from './api-global-security-added.js';
import { apiGlobalSecurityRemoved } from './api-global-security-removed.js';
import { apiGlobalSecurityScopeAdded } from './api-global-security-scope-added.js';
import { apiGlobalSecurityScopeRemoved } from './api-global-security-scope-removed.js';
import { apiOperationIdAdded } from './api-operation-id-added.js';
import { apiOperationIdRemoved } from './api-operation-id-removed.js';
import { apiPathRemovedBeforeSunset } from './api-path-removed-before-sunset.js';
import { apiPathRemovedWithDeprecation } from './api-path-removed-with-deprecation.js';
import { apiPathRemovedWithoutDeprecation } from './api-path-removed-without-deprecation.js';
import { apiPathSunsetParse } from './api-path-sunset-parse.js';
import { apiRemovedBeforeSunset } from './api-removed-before-sunset.js';
import { apiRemovedWithDeprecation } from './api-removed-with-deprecation.js';
import { apiRemovedWithoutDeprecation } from './api-removed-without-deprecation.js';
import { apiSchemaRemoved } from './api-schema-removed.js';
import { apiSecurityAdded } from './api-security-added.js';
import { apiSecurityComponentAdded } from './api-security-component-added.js';
import { apiSecurityComponentOauthScopeAdded } from './api-security-component-oauth-scope-added.js';
import { apiSecurityComponentOauthScopeRemoved } from './api-security-component-oauth-scope-removed.js';
import { apiSecurityComponentOauthTokenUrlChanged } from './api-security-component-oauth-token-url-changed.js';
import { apiSecurityComponentOauthUrlChanged } from './api-security-component-oauth-url-changed.js';
import { apiSecurityComponentRemoved } from './api-security-component-removed.js';
import { apiSecurityComponentTypeChanged } from './api-security-component-type-changed.js';
import { apiSecurityRemoved } from './api-security-removed.js';
import { apiSecurityScopeAdded } from './api-security-scope-added.js';
import { apiSecurityScopeRemoved } from './api-security-scope-removed.js';
import { apiStabilityDecreased } from './api-stability-decreased.js';
import { apiStabilityIncreased } from './api-stability-increased.js';
import { apiSunsetDateChangedTooSmall } from './api-sunset-date-changed-too-small.js';
import { apiTagAdded } from './api-tag-added.js';
import { apiTagRemoved } from './api-tag-removed.js';
import { endpointAdded } from './endpoint-added.js';
import { endpointDeprecated } from './endpoint-deprecated.js';
import { endpointDeprecatedWithSunset } from './endpoint-deprecated-with-sunset.js';
import { endpointReactivated } from './endpoint-reactivated.js';
import { newOptionalRequestParameter } from './new-optional-request-parameter.js';
import { newOptionalRequestProperty } from './new-optional-request-property.js';
import { newRequiredRequestParameter } from './new-required-request-parameter.js';
import { newRequiredRequestProperty } from './new-required-request-property.js';
import { newRequiredRequestPropertyWithDefault } from './new-required-request-property-with-default.js';
import { optionalResponseHeaderRemoved } from './optional-response-header-removed.js';
import { requestBodyAddedOptional } from './request-body-added-optional.js';
import { requestBodyAddedRequired } from './request-body-added-required.js';
import { requestBodyAdditionalPropertiesAllowed } from './request-body-additional-properties-allowed.js';
import { requestBodyAdditionalPropertiesDisallowed } from './request-body-additional-properties-disallowed.js';
import { requestBodyAdditionalPropertiesNarrowed } from './request-body-additional-properties-narrowed.js';
import { requestBodyAdditionalPropertiesWidened } from './request-body-additional-properties-widened.js';
import { requestBodyAnyOfAdded } from './request-body-any-of-added.js';
import { requestBodyAnyOfRemoved } from './request-body-any-of-removed.js';
import { requestBodyBecameEnum } from './request-body-became-enum.js';
import { requestBodyBecameNotNullable } from './request-body-became-not-nullable.js';
import { requestBodyBecameNullable } from './request-body-became-nullable.js';
import { requestBodyBecameOptional } from './request-body-became-optional.js';
import { requestBodyBecameRequired } from './request-body-became-required.js';
import { requestBodyConstAdded } from './request-body-const-added.js';
import { requestBodyConstChanged } from './request-body-const-changed.js';
import { requestBodyConstRemoved } from './request-body-const-removed.js';
import { requestBodyContainsAdded } from './request-body-contains-added.js';
import { requestBodyContainsRemoved } from './request-body-contains-removed.js';
import { requestBodyContentEncodingChanged } from './request-body-content-encoding-changed.js';
import { requestBodyContentMediaTypeChanged } from './request-body-content-media-type-changed.js';
import { requestBodyContentSchemaAdded } from './request-body-content-schema-added.js';
import { requestBodyContentSchemaRemoved } from './request-body-content-schema-removed.js';
import { requestBodyDefaultValueAdded } from './request-body-default-value-added.js';
import { requestBodyDefaultValueChanged } from './request-body-default-value-changed.js';
import { requestBodyDefaultValueRemoved } from './request-body-default-value-removed.js';
import { requestBodyDependentRequiredAdded } from './request-body-dependent-required-added.js';
import { requestBodyDependentRequiredChanged } from './request-body-dependent-required-changed.js';
import { requestBodyDependentRequiredRemoved } from './request-body-dependent-required-removed.js';
import { requestBodyDependentSchemaAdded } from './request-body-dependent-schema-added.js';
import { requestBodyDependentSchemaRemoved } from './request-body-dependent-schema-removed.js';
import { requestBodyDiscriminatorAdded } from './request-body-discriminator-added.js';
import { requestBodyDiscriminatorMappingAdded } from './request-body-discriminator-mapping-added.js';
import { requestBodyDiscriminatorMappingChanged } from './request-body-discriminator-mapping-changed.js';
import { requestBodyDiscriminatorMappingDeleted } from './request-body-discriminator-mapping-deleted.js';
import { requestBodyDiscriminatorPropertyNameChanged } from './request-body-discriminator-property-name-changed.js';
import { requestBodyDiscriminatorRemoved } from './request-body-discriminator-removed.js';
import { requestBodyElseAdded } from './request-body-else-added.js';
import { requestBodyElseRemoved } from './request-body-else-removed.js';
import { requestBodyEnumValueRemoved } from './request-body-enum-value-removed.js';
import { requestBodyExclusiveMaxDecreased } from './request-body-exclusive-max-decreased.js';
import { requestBodyExclusiveMaxIncreased } from './request-body-exclusive-max-increased.js';
import { requestBodyExclusiveMaxSet } from './request-body-exclusive-max-set.js';
import { requestBodyExclusiveMinDecreased } from './request-body-exclusive-min-decreased.js';
import { requestBodyExclusiveMinIncreased } from './request-body-exclusive-min-increased.js';
import { requestBodyExclusiveMinSet } from './request-body-exclusive-min-set.js';
import { requestBodyIfAdded } from './request-body-if-added.js';
import { requestBodyIfRemoved } from './request-body-if-removed.js';
import { requestBodyListOfTypesNarrowed } from './request-body-list-of-types-narrowed.js';
import { requestBodyListOfTypesWidened } from './request-body-list-of-types-widened.js';
import { requestBodyMaxContainsDecreased } from './request-body-max-contains-decreased.js';
import { requestBodyMaxContainsIncreased } from './request-body-max-contains-increased.js';
import { requestBodyMaxDecreased } from './request-body-max-decreased.js';
import { requestBodyMaxIncreased } from './request-body-max-increased.js';
import { requestBodyMaxItemsDecreased } from './request-body-max-items-decreased.js';
import { requestBodyMaxItemsIncreased } from './request-body-max-items-increased.js';
import { requestBodyMaxItemsSet } from './request-body-max-items-set.js';
import { requestBodyMaxLengthDecreased } from './request-body-max-length-decreased.js';
import { requestBodyMaxLengthIncreased } from './request-body-max-length-increased.js';
import { requestBodyMaxLengthSet } from './request-body-max-length-set.js';
import { requestBodyMaxPropertiesDecreased } from './request-body-max-properties-decreased.js';
import { requestBodyMaxPropertiesIncreased } from './request-body-max-properties-increased.js';
import { requestBodyMaxPropertiesSet } from './request-body-max-properties-set.js';
import { requestBodyMaxSet } from './request-body-max-set.js';
import { requestBodyMediaTypeAdded } from './request-body-media-type-added.js';
import { requestBodyMediaTypeRemoved } from './request-body-media-type-removed.js';
import { requestBodyMediaTypeSchemaAdded } from './request-body-media-type-schema-added.js';
import { requestBodyMediaTypeSchemaRemoved } from './request-body-media-type-schema-removed.js';
import { requestBodyMinContainsDecreased } from './request-body-min-contains-decreased.js';
import { requestBodyMinContainsIncreased } from './request-body-min-contains-increased.js';
import { requestBodyMinDecreased } from './request-body-min-decreased.js';
import { requestBodyMinIncreased } from './request-body-min-increased.js';
import { requestBodyMinItemsIncreased } from './request-body-min-items-increased.js';
import { requestBodyMinItemsSet } from './request-body-min-items-set.js';
import { requestBodyMinLengthDecreased } from './request-body-min-length-decreased.js';
import { requestBodyMinLengthIncreased } from './request-body-min-length-increased.js';
import { requestBodyMinPropertiesIncreased } from './request-body-min-properties-increased.js';
import { requestBodyMinSet } from './request-body-min-set.js';
import { requestBodyMultipleOfChanged } from './request-body-multiple-of-changed.js';
import { requestBodyMultipleOfGeneralized } from './request-body-multiple-of-generalized.js';
import { requestBodyMultipleOfSet } from './request-body-multiple-of-set.js';
import { requestBodyMultipleOfUnset } from './request-body-multiple-of-unset.js';
import { requestBodyOneOfAdded } from './request-body-one-of-added.js';
import { requestBodyOneOfRemoved } from './request-body-one-of-removed.js';
import { requestBodyPatternPropertyAdded } from './request-body-pattern-property-added.js';
import { requestBodyPatternPropertyRemoved } from './request-body-pattern-property-removed.js';
import { requestBodyPrefixItemsAdded } from './request-body-prefix-items-added.js';
import { requestBodyPrefixItemsRemoved } from './request-body-prefix-items-removed.js';
import { requestBodyPropertyNamesAdded } from './request-body-property-names-added.js';
import { requestBodyPropertyNamesRemoved } from './request-body-property-names-removed.js';
import { requestBodyRemoved } from './request-body-removed.js';
import { requestBodySchemaBecameFalse } from './request-body-schema-became-false.js';
import { requestBodySchemaBecameNotFalse } from './request-body-schema-became-not-false.js';
import { requestBodyThenAdded } from './request-body-then-added.js';
import { requestBodyThenRemoved } from './request-body-then-removed.js';
import { requestBodyTypeChanged } from './request-body-type-changed.js';
import { requestBodyTypeGeneralized } from './request-body-type-generalized.js';
import { requestBodyUnevaluatedItemsAdded } from './request-body-unevaluated-items-added.js';
import { requestBodyUnevaluatedItemsRemoved } from './request-body-unevaluated-items-removed.js';
import { requestBodyUnevaluatedPropertiesAdded } from './request-body-unevaluated-properties-added.js';
import { requestBodyUnevaluatedPropertiesRemoved } from './request-body-unevaluated-properties-removed.js';
import { requestBodyUniqueItemsSet } from './request-body-unique-items-set.js';
import { requestBodyUniqueItemsUnset } from './request-body-unique-items-unset.js';
import { requestOptionalPropertyBecameNotReadOnly } from './request-optional-property-became-not-read-only.js';
import { requestOptionalPropertyBecameReadOnly } from './request-optional-property-became-read-only.js';
import { requestParameterBecameEnum } from './request-parameter-became-enum.js';
import { requestParameterBecameNotNullable } from './request-parameter-became-not-nullable.js';
import { requestParameterBecameNullable } from './request-parameter-became-nullable.js';
import { requestParameterBecameOptional } from './request-parameter-became-optional.js';
import { requestParameterBecameRequired } from './request-parameter-became-required.js';
import { requestParameterDefaultValueAdded } from './request-parameter-default-value-added.js';
import { requestParameterDefaultValueChanged } from './request-parameter-default-value-changed.js';
import { requestParameterDefaultValueRemoved } from './request-parameter-default-value-removed.js';
import { requestParameterDeprecated } from './request-parameter-deprecated.js';
import { requestParameterEnumValueAdded } from './request-parameter-enum-value-added.js';
import { requestParameterEnumValueRemoved } from './request-parameter-enum-value-removed.js';
import { requestParameterExclusiveMaxDecreased } from './request-parameter-exclusive-max-decreased.js';
import { requestParameterExclusiveMaxIncreased } from './request-parameter-exclusive-max-increased.js';
import { requestParameterExclusiveMaxSet } from './request-parameter-exclusive-max-set.js';
import { requestParameterExclusiveMinDecreased } from './request-parameter-exclusive-min-decreased.js';
import { requestParameterExclusiveMinIncreased } from './request-parameter-exclusive-min-increased.js';
import { requestParameterExclusiveMinSet } from './request-parameter-exclusive-min-set.js';
import { requestParameterExplodeChanged } from './request-parameter-explode-changed.js';
import { requestParameterListOfTypesNarrowed } from './request-parameter-list-of-types-narrowed.js';
import { requestParameterListOfTypesWidened } from './request-parameter-list-of-types-widened.js';
import { requestParameterMaxDecreased } from './request-parameter-max-decreased.js';
import { requestParameterMaxIncreased } from './request-parameter-max-increased.js';
import { requestParameterMaxItemsDecreased } from './request-parameter-max-items-decreased.js';
import { requestParameterMaxItemsIncreased } from './request-parameter-max-items-increased.js';
import { requestParameterMaxLengthDecreased } from './request-parameter-max-length-decreased.js';
import { requestParameterMaxLengthIncreased } from './request-parameter-max-length-increased.js';
import { requestParameterMaxLengthSet } from './request-parameter-max-length-set.js';
import { requestParameterMaxSet } from './request-parameter-max-set.js';
import { requestParameterMinDecreased } from './request-parameter-min-decreased.js';
import { requestParameterMinIncreased } from './request-parameter-min-increased.js';
import { requestParameterMinItemsDecreased } from './request-parameter-min-items-decreased.js';
import { requestParameterMinItemsIncreased } from './request-parameter-min-items-increased.js';
import { requestParameterMinItemsSet } from './request-parameter-min-items-set.js';
import { requestParameterMinLengthDecreased } from './request-parameter-min-length-decreased.js';
import { requestParameterMinLengthIncreased } from './request-parameter-min-length-increased.js';
import { requestParameterMinSet } from './request-parameter-min-set.js';
import { requestParameterPatternAdded } from './request-parameter-pattern-added.js';
import { requestParameterPatternChanged } from './request-parameter-pattern-changed.js';
import { requestParameterPatternGeneralized } from './request-parameter-pattern-generalized.js';
import { requestParameterPatternRemoved } from './request-parameter-pattern-removed.js';
import { requestParameterPropertyBecameNotNullable } from './request-parameter-property-became-not-nullable.js';
import { requestParameterPropertyBecameNullable } from './request-parameter-property-became-nullable.js';
import { requestParameterPropertyEnumValueAdded } from './request-parameter-property-enum-value-added.js';
import { requestParameterPropertyEnumValueRemoved } from './request-parameter-property-enum-value-removed.js';
import { requestParameterPropertyListOfTypesNarrowed } from './request-parameter-property-list-of-types-narrowed.js';
import { requestParameterPropertyListOfTypesWidened } from './request-parameter-property-list-of-types-widened.js';
import { requestParameterPropertySchemaBecameFalse } from './request-parameter-property-schema-became-false.js';
import { requestParameterPropertySchemaBecameNotFalse } from './request-parameter-property-schema-became-not-false.js';
import { requestParameterPropertyTypeChanged } from './request-parameter-property-type-changed.js';
import { requestParameterPropertyTypeGeneralized } from './request-parameter-property-type-generalized.js';
import { requestParameterPropertyTypeSpecialized } from './request-parameter-property-type-specialized.js';
import { requestParameterReactivated } from './request-parameter-reactivated.js';
import { requestParameterRemoved } from './request-parameter-removed.js';
import { requestParameterRemovedBeforeSunset } from './request-parameter-removed-before-sunset.js';
import { requestParameterRemovedWithDeprecation } from './request-parameter-removed-with-deprecation.js';
import { requestParameterSchemaBecameFalse } from './request-parameter-schema-became-false.js';
import { requestParameterSchemaBecameNotFalse } from './request-parameter-schema-became-not-false.js';
import { requestParameterStyleChanged } from './request-parameter-style-changed.js';
import { requestParameterSunsetDeleted } from './request-parameter-sunset-deleted.js';
import { requestParameterSunsetParse } from './request-parameter-sunset-parse.js';
import { requestParameterTypeChanged } from './request-parameter-type-changed.js';
import { requestParameterTypeGeneralized } from './request-parameter-type-generalized.js';
import { requestPropertyAdditionalPropertiesAllowed } from './request-property-additional-properties-allowed.js';
import { requestPropertyAdditionalPropertiesDisallowed } from './request-property-additional-properties-disallowed.js';
import { requestPropertyAdditionalPropertiesNarrowed } from './request-property-additional-properties-narrowed.js';
import { requestPropertyAdditionalPropertiesWidened } from './request-property-additional-properties-widened.js';
import { requestPropertyAnyOfAdded } from './request-property-any-of-added.js';
import { requestPropertyAnyOfRemoved } from './request-property-any-of-removed.js';
import { requestPropertyBecameEnum } from './request-property-became-enum.js';
import { requestPropertyBecameNotNullable } from './request-property-became-not-nullable.js';
import { requestPropertyBecameNullable } from './request-property-became-nullable.js';
import { requestPropertyBecameOptional } from './request-property-became-optional.js';
import { requestPropertyBecameRequired } from './request-property-became-required.js';
import { requestPropertyBecameRequiredWithDefault } from './request-property-became-required-with-default.js';
import { requestPropertyConstAdded } from './request-property-const-added.js';
import { requestPropertyConstChanged } from './request-property-const-changed.js';
import { requestPropertyConstRemoved } from './request-property-const-removed.js';
import { requestPropertyContainsAdded } from './request-property-contains-added.js';
import { requestPropertyContainsRemoved } from './request-property-contains-removed.js';
import { requestPropertyContentEncodingChanged } from './request-property-content-encoding-changed.js';
import { requestPropertyContentMediaTypeChanged } from './request-property-content-media-type-changed.js';
import { requestPropertyContentSchemaAdded } from './request-property-content-schema-added.js';
import { requestPropertyContentSchemaRemoved } from './request-property-content-schema-removed.js';
import { requestPropertyDefaultValueAdded } from './request-property-default-value-added.js';
import { requestPropertyDefaultValueChanged } from './request-property-default-value-changed.js';
import { requestPropertyDefaultValueRemoved } from './request-property-default-value-removed.js';
import { requestPropertyDependentRequiredAdded } from './request-property-dependent-required-added.js';
import { requestPropertyDependentRequiredChanged } from './request-property-dependent-required-changed.js';
import { requestPropertyDependentRequiredRemoved } from './request-property-dependent-required-removed.js';
import { requestPropertyDependentSchemaAdded } from './request-property-dependent-schema-added.js';
import { requestPropertyDependentSchemaRemoved } from './request-property-dependent-schema-removed.js';
import { requestPropertyDeprecated } from './request-property-deprecated.js';
import { requestPropertyDiscriminatorAdded } from './request-property-discriminator-added.js';
import { requestPropertyDiscriminatorMappingAdded } from './request-property-discriminator-mapping-added.js';
import { requestPropertyDiscriminatorMappingChanged } from './request-property-discriminator-mapping-changed.js';
import { requestPropertyDiscriminatorMappingDeleted } from './request-property-discriminator-mapping-deleted.js';
import { requestPropertyDiscriminatorPropertyNameChanged } from './request-property-discriminator-property-name-changed.js';
import { requestPropertyDiscriminatorRemoved } from './request-property-discriminator-removed.js';
import { requestPropertyElseAdded } from './request-property-else-added.js';
import { requestPropertyElseRemoved } from './request-property-else-removed.js';
import { requestPropertyEnumValueAdded } from './request-property-enum-value-added.js';
import { requestPropertyEnumValueRemoved } from './request-property-enum-value-removed.js';
import { requestPropertyExclusiveMaxDecreased } from './request-property-exclusive-max-decreased.js';
import { requestPropertyExclusiveMaxIncreased } from './request-property-exclusive-max-increased.js';
import { requestPropertyExclusiveMaxSet } from './request-property-exclusive-max-set.js';
import { requestPropertyExclusiveMinDecreased } from './request-property-exclusive-min-decreased.js';
import { requestPropertyExclusiveMinIncreased } from './request-property-exclusive-min-increased.js';
import { requestPropertyExclusiveMinSet } from './request-property-exclusive-min-set.js';
import { requestPropertyIfAdded } from './request-property-if-added.js';
import { requestPropertyIfRemoved } from './request-property-if-removed.js';
import { requestPropertyListOfTypesNarrowed } from './request-property-list-of-types-narrowed.js';
import { requestPropertyListOfTypesWidened } from './request-property-list-of-types-widened.js';
import { requestPropertyMaxContainsDecreased } from './request-property-max-contains-decreased.js';
import { requestPropertyMaxContainsIncreased } from './request-property-max-contains-increased.js';
import { requestPropertyMaxDecreased } from './request-property-max-decreased.js';
import { requestPropertyMaxIncreased } from './request-property-max-increased.js';
import { requestPropertyMaxItemsDecreased } from './request-property-max-items-decreased.js';
import { requestPropertyMaxItemsIncreased } from './request-property-max-items-increased.js';
import { requestPropertyMaxItemsSet } from './request-property-max-items-set.js';
import { requestPropertyMaxLengthDecreased } from './request-property-max-length-decreased.js';
import { requestPropertyMaxLengthIncreased } from './request-property-max-length-increased.js';
import { requestPropertyMaxLengthSet } from './request-property-max-length-set.js';
import { requestPropertyMaxPropertiesDecreased } from './request-property-max-properties-decreased.js';
import { requestPropertyMaxPropertiesIncreased } from './request-property-max-properties-increased.js';
import { requestPropertyMaxPropertiesSet } from './request-property-max-properties-set.js';
import { requestPropertyMaxSet } from './request-property-max-set.js';
import { requestPropertyMinContainsDecreased } from './request-property-min-contains-decreased.js';
import { requestPropertyMinContainsIncreased } from './request-property-min-contains-increased.js';
import { requestPropertyMinDecreased } from './request-property-min-decreased.js';
import { requestPropertyMinIncreased } from './request-property-min-increased.js';
import { requestPropertyMinItemsIncreased } from './request-property-min-items-increased.js';
import { requestPropertyMinItemsSet } from './request-property-min-items-set.js';
import { requestPropertyMinLengthDecreased } from './request-property-min-length-decreased.js';
import { requestPropertyMinLengthIncreased } from './request-property-min-length-increased.js';
import { requestPropertyMinPropertiesIncreased } from './request-property-min-properties-increased.js';
import { requestPropertyMinSet } from './request-property-min-set.js';
import { requestPropertyMultipleOfChanged } from './request-property-multiple-of-changed.js';
import { requestPropertyMultipleOfGeneralized } from './request-property-multiple-of-generalized.js';
import { requestPropertyMultipleOfSet } from './request-property-multiple-of-set.js';
import { requestPropertyMultipleOfUnset } from './request-property-multiple-of-unset.js';
import { requestPropertyOneOfAdded } from './request-property-one-of-added.js';
import { requestPropertyOneOfRemoved } from './request-property-one-of-removed.js';
import { requestPropertyPatternAdded } from './request-property-pattern-added.js';
import { requestPropertyPatternChanged } from './request-property-pattern-changed.js';
import { requestPropertyPatternGeneralized } from './request-property-pattern-generalized.js';
import { requestPropertyPatternPropertyAdded } from './request-property-pattern-property-added.js';
import { requestPropertyPatternPropertyRemoved } from './request-property-pattern-property-removed.js';
import { requestPropertyPatternRemoved } from './request-property-pattern-removed.js';
import { requestPropertyPrefixItemsAdded } from './request-property-prefix-items-added.js';
import { requestPropertyPrefixItemsRemoved } from './request-property-prefix-items-removed.js';
import { requestPropertyPropertyNamesAdded } from './request-property-property-names-added.js';
import { requestPropertyPropertyNamesRemoved } from './request-property-property-names-removed.js';
import { requestPropertyReactivated } from './request-property-reactivated.js';
import { requestPropertyRemoved } from './request-property-removed.js';
import { requestPropertySchemaBecameFalse } from './request-property-schema-became-false.js';
import { requestPropertySchemaBecameNotFalse } from './request-property-schema-became-not-false.js';
import { requestPropertyThenAdded } from './request-property-then-added.js';
import { requestPropertyThenRemoved } from './request-property-then-removed.js';
import { requestPropertyTypeChanged } from './request-property-type-changed.js';
import { requestPropertyTypeGeneralized } from './request-property-type-generalized.js';
import { requestPropertyUnevaluatedItemsAdded } from './request-property-unevaluated-items-added.js';
import { requestPropertyUnevaluatedItemsRemoved } from './request-property-unevaluated-items-removed.js';
import { requestPropertyUnevaluatedPropertiesAdded } from './request-property-unevaluated-properties-added.js';
import { requestPropertyUnevaluatedPropertiesRemoved } from './request-property-unevaluated-properties-removed.js';
import { requestPropertyUniqueItemsSet } from './request-property-unique-items-set.js';
import { requestPropertyUniqueItemsUnset } from './request-property-unique-items-unset.js';
import { requestRequiredPropertyBecameNotReadOnly } from './request-required-property-became-not-read-only.js';
import { requestRequiredPropertyBecameReadOnly } from './request-required-property-became-read-only.js';
import { requiredResponseHeaderRemoved } from './required-response-header-removed.js';
import { responseBodyAdditionalPropertiesAllowed } from './response-body-additional-properties-allowed.js';
import { responseBodyAdditionalPropertiesDisallowed } from './response-body-additional-properties-disallowed.js';
import { responseBodyAdditionalPropertiesNarrowed } from './response-body-additional-properties-narrowed.js';
import { responseBodyAdditionalPropertiesWidened } from './response-body-additional-properties-widened.js';
import { responseBodyAnyOfAdded } from './response-body-any-of-added.js';
import { responseBodyAnyOfRemoved } from './response-body-any-of-removed.js';
import { responseBodyBecameNotNullable } from './response-body-became-not-nullable.js';
import { responseBodyBecameNullable } from './response-body-became-nullable.js';
import { responseBodyConstAdded } from './response-body-const-added.js';
import { responseBodyConstChanged } from './response-body-const-changed.js';
import { responseBodyConstRemoved } from './response-body-const-removed.js';
import { responseBodyContainsAdded } from './response-body-contains-added.js';
import { responseBodyContainsRemoved } from './response-body-contains-removed.js';
import { responseBodyContentEncodingChanged } from './response-body-content-encoding-changed.js';
import { responseBodyContentMediaTypeChanged } from './response-body-content-media-type-changed.js';
import { responseBodyContentSchemaAdded } from './response-body-content-schema-added.js';
import { responseBodyContentSchemaRemoved } from './response-body-content-schema-removed.js';
import { responseBodyDefaultValueAdded } from './response-body-default-value-added.js';
import { responseBodyDefaultValueChanged } from './response-body-default-value-changed.js';
import { responseBodyDefaultValueRemoved } from './response-body-default-value-removed.js';
import { responseBodyDependentRequiredAdded } from './response-body-dependent-required-added.js';
import { responseBodyDependentRequiredChanged } from './response-body-dependent-required-changed.js';
import { responseBodyDependentRequiredRemoved } from './response-body-dependent-required-removed.js';
import { responseBodyDependentSchemaAdded } from './response-body-dependent-schema-added.js';
import { responseBodyDependentSchemaRemoved } from './response-body-dependent-schema-removed.js';
import { responseBodyDiscriminatorAdded } from './response-body-discriminator-added.js';
import { responseBodyDiscriminatorMappingAdded } from './response-body-discriminator-mapping-added.js';
import { responseBodyDiscriminatorMappingChanged } from './response-body-discriminator-mapping-changed.js';
import { responseBodyDiscriminatorMappingDeleted } from './response-body-discriminator-mapping-deleted.js';
import { responseBodyDiscriminatorPropertyNameChanged } from './response-body-discriminator-property-name-changed.js';
import { responseBodyDiscriminatorRemoved } from './response-body-discriminator-removed.js';
import { responseBodyElseAdded } from './response-body-else-added.js';
import { responseBodyElseRemoved } from './response-body-else-removed.js';
import { responseBodyEnumValueAdded } from './response-body-enum-value-added.js';
import { responseBodyExclusiveMaxIncreased } from './response-body-exclusive-max-increased.js';
import { responseBodyExclusiveMinDecreased } from './response-body-exclusive-min-decreased.js';
import { responseBodyIfAdded } from './response-body-if-added.js';
import { responseBodyIfRemoved } from './response-body-if-removed.js';
import { responseBodyListOfTypesNarrowed } from './response-body-list-of-types-narrowed.js';
import { responseBodyListOfTypesWidened } from './response-body-list-of-types-widened.js';
import { responseBodyMaxContainsDecreased } from './response-body-max-contains-decreased.js';
import { responseBodyMaxContainsIncreased } from './response-body-max-contains-increased.js';
import { responseBodyMaxIncreased } from './response-body-max-increased.js';
import { responseBodyMaxItemsIncreased } from './response-body-max-items-increased.js';
import { responseBodyMaxLengthIncreased } from './response-body-max-length-increased.js';
import { responseBodyMaxLengthUnset } from './response-body-max-length-unset.js';
import { responseBodyMaxPropertiesIncreased } from './response-body-max-properties-increased.js';
import { responseBodyMediaTypeSchemaAdded } from './response-body-media-type-schema-added.js';
import { responseBodyMediaTypeSchemaRemoved } from './response-body-media-type-schema-removed.js';
import { responseBodyMinContainsDecreased } from './response-body-min-contains-decreased.js';
import { responseBodyMinContainsIncreased } from './response-body-min-contains-increased.js';
import { responseBodyMinDecreased } from './response-body-min-decreased.js';
import { responseBodyMinItemsDecreased } from './response-body-min-items-decreased.js';
import { responseBodyMinItemsUnset } from './response-body-min-items-unset.js';
import { responseBodyMinLengthDecreased } from './response-body-min-length-decreased.js';
import { responseBodyMinPropertiesDecreased } from './response-body-min-properties-decreased.js';
import { responseBodyMultipleOfChanged } from './response-body-multiple-of-changed.js';
import { responseBodyMultipleOfSpecialized } from './response-body-multiple-of-specialized.js';
import { responseBodyMultipleOfUnset } from './response-body-multiple-of-unset.js';
import { responseBodyOneOfAdded } from './response-body-one-of-added.js';
import { responseBodyOneOfRemoved } from './response-body-one-of-removed.js';
import { responseBodyPatternPropertyAdded } from './response-body-pattern-property-added.js';
import { responseBodyPatternPropertyRemoved } from './response-body-pattern-property-removed.js';
import { responseBodyPrefixItemsAdded } from './response-body-prefix-items-added.js';
import { responseBodyPrefixItemsRemoved } from './response-body-prefix-items-removed.js';
import { responseBodyPropertyNamesAdded } from './response-body-property-names-added.js';
import { responseBodyPropertyNamesRemoved } from './response-body-property-names-removed.js';
import { responseBodySchemaBecameFalse } from './response-body-schema-became-false.js';
import { responseBodySchemaBecameNotFalse } from './response-body-schema-became-not-false.js';
import { responseBodyThenAdded } from './response-body-then-added.js';
import { responseBodyThenRemoved } from './response-body-then-removed.js';
import { responseBodyTypeChanged } from './response-body-type-changed.js';
import { responseBodyTypeGeneralized } from './response-body-type-generalized.js';
import { responseBodyTypeSpecialized } from './response-body-type-specialized.js';
import { responseBodyUnevaluatedItemsAdded } from './response-body-unevaluated-items-added.js';
import { responseBodyUnevaluatedItemsRemoved } from './response-body-unevaluated-items-removed.js';
import { responseBodyUnevaluatedPropertiesAdded } from './response-body-unevaluated-properties-added.js';
import { responseBodyUnevaluatedPropertiesRemoved } from './response-body-unevaluated-properties-removed.js';
import { responseBodyUniqueItemsUnset } from './response-body-unique-items-unset.js';
import { responseHeaderAdded } from './response-header-added.js';
import { responseHeaderBecameNotNullable } from './response-header-became-not-nullable.js';
import { responseHeaderBecameNullable } from './response-header-became-nullable.js';
import { responseHeaderBecameOptional } from './response-header-became-optional.js';
import { responseHeaderBecameRequired } from './response-header-became-required.js';
import { responseHeaderSchemaBecameFalse } from './response-header-schema-became-false.js';
import { responseHeaderSchemaBecameNotFalse } from './response-header-schema-became-not-false.js';
import { responseHeaderTypeChanged } from './response-header-type-changed.js';
import { responseHeaderTypeGeneralized } from './response-header-type-generalized.js';
import { responseHeaderTypeSpecialized } from './response-header-type-specialized.js';
import { responseMediaTypeAdded } from './response-media-type-added.js';
import { responseMediaTypeRemoved } from './response-media-type-removed.js';
import { responseMediatypeEnumValueRemoved } from './response-mediatype-enum-value-removed.js';
import { responseNonSuccessStatusAdded } from './response-non-success-status-added.js';
import { responseNonSuccessStatusRemoved } from './response-non-success-status-removed.js';
import { responseOptionalPropertyAdded } from './response-optional-property-added.js';
import { responseOptionalPropertyBecameNotWriteOnly } from './response-optional-property-became-not-write-only.js';
import { responseOptionalPropertyBecameWriteOnly } from './response-optional-property-became-write-only.js';
import { responseOptionalPropertyRemoved } from './response-optional-property-removed.js';
import { responsePropertyAdditionalPropertiesAllowed } from './response-property-additional-properties-allowed.js';
import { responsePropertyAdditionalPropertiesDisallowed } from './response-property-additional-properties-disallowed.js';
import { responsePropertyAdditionalPropertiesNarrowed } from './response-property-additional-properties-narrowed.js';
import { responsePropertyAdditionalPropertiesWidened } from './response-property-additional-properties-widened.js';
import { responsePropertyAnyOfAdded } from './response-property-any-of-added.js';
import { responsePropertyAnyOfRemoved } from './response-property-any-of-removed.js';
import { responsePropertyBecameNotNullable } from './response-property-became-not-nullable.js';
import { responsePropertyBecameNullable } from './response-property-became-nullable.js';
import { responsePropertyBecameOptional } from './response-property-became-optional.js';
import { responsePropertyBecameRequired } from './response-property-became-required.js';
import { responsePropertyConstAdded } from './response-property-const-added.js';
import { responsePropertyConstChanged } from './response-property-const-changed.js';
import { responsePropertyConstRemoved } from './response-property-const-removed.js';
import { responsePropertyContainsAdded } from './response-property-contains-added.js';
import { responsePropertyContainsRemoved } from './response-property-contains-removed.js';
import { responsePropertyContentEncodingChanged } from './response-property-content-encoding-changed.js';
import { responsePropertyContentMediaTypeChanged } from './response-property-content-media-type-changed.js';
import { responsePropertyContentSchemaAdded } from './response-property-content-schema-added.js';
import { responsePropertyContentSchemaRemoved } from './response-property-content-schema-removed.js';
import { responsePropertyDefaultValueAdded } from './response-property-default-value-added.js';
import { responsePropertyDefaultValueChanged } from './response-property-default-value-changed.js';
import { responsePropertyDefaultValueRemoved } from './response-property-default-value-removed.js';
import { responsePropertyDependentRequiredAdded } from './response-property-dependent-required-added.js';
import { responsePropertyDependentRequiredChanged } from './response-property-dependent-required-changed.js';
import { responsePropertyDependentRequiredRemoved } from './response-property-dependent-required-removed.js';
import { responsePropertyDependentSchemaAdded } from './response-property-dependent-schema-added.js';
import { responsePropertyDependentSchemaRemoved } from './response-property-dependent-schema-removed.js';
import { responsePropertyDeprecated } from './response-property-deprecated.js';
import { responsePropertyDiscriminatorAdded } from './response-property-discriminator-added.js';
import { responsePropertyDiscriminatorMappingAdded } from './response-property-discriminator-mapping-added.js';
import { responsePropertyDiscriminatorMappingChanged } from './response-property-discriminator-mapping-changed.js';
import { responsePropertyDiscriminatorMappingDeleted } from './response-property-discriminator-mapping-deleted.js';
import { responsePropertyDiscriminatorPropertyNameChanged } from './response-property-discriminator-property-name-changed.js';
import { responsePropertyDiscriminatorRemoved } from './response-property-discriminator-removed.js';
import { responsePropertyElseAdded } from './response-property-else-added.js';
import { responsePropertyElseRemoved } from './response-property-else-removed.js';
import { responsePropertyEnumValueAdded } from './response-property-enum-value-added.js';
import { responsePropertyEnumValueRemoved } from './response-property-enum-value-removed.js';
import { responsePropertyExclusiveMaxIncreased } from './response-property-exclusive-max-increased.js';
import { responsePropertyExclusiveMinDecreased } from './response-property-exclusive-min-decreased.js';
import { responsePropertyIfAdded } from './response-property-if-added.js';
import { responsePropertyIfRemoved } from './response-property-if-removed.js';
import { responsePropertyListOfTypesNarrowed } from './response-property-list-of-types-narrowed.js';
import { responsePropertyListOfTypesWidened } from './response-property-list-of-types-widened.js';
import { responsePropertyMaxContainsDecreased } from './response-property-max-contains-decreased.js';
import { responsePropertyMaxContainsIncreased } from './response-property-max-contains-increased.js';
import { responsePropertyMaxIncreased } from './response-property-max-increased.js';
import { responsePropertyMaxItemsIncreased } from './response-property-max-items-increased.js';
import { responsePropertyMaxLengthIncreased } from './response-property-max-length-increased.js';
import { responsePropertyMaxLengthUnset } from './response-property-max-length-unset.js';
import { responsePropertyMaxPropertiesIncreased } from './response-property-max-properties-increased.js';
import { responsePropertyMinContainsDecreased } from './response-property-min-contains-decreased.js';
import { responsePropertyMinContainsIncreased } from './response-property-min-contains-increased.js';
import { responsePropertyMinDecreased } from './response-property-min-decreased.js';
import { responsePropertyMinItemsDecreased } from './response-property-min-items-decreased.js';
import { responsePropertyMinItemsUnset } from './response-property-min-items-unset.js';
import { responsePropertyMinLengthDecreased } from './response-property-min-length-decreased.js';
import { responsePropertyMinPropertiesDecreased } from './response-property-min-properties-decreased.js';
import { responsePropertyMultipleOfChanged } from './response-property-multiple-of-changed.js';
import { responsePropertyMultipleOfSpecialized } from './response-property-multiple-of-specialized.js';
import { responsePropertyMultipleOfUnset } from './response-property-multiple-of-unset.js';
import { responsePropertyOneOfAdded } from './response-property-one-of-added.js';
import { responsePropertyOneOfRemoved } from './response-property-one-of-removed.js';
import { responsePropertyPatternAdded } from './response-property-pattern-added.js';
import { responsePropertyPatternChanged } from './response-property-pattern-changed.js';
import { responsePropertyPatternPropertyAdded } from './response-property-pattern-property-added.js';
import { responsePropertyPatternPropertyRemoved } from './response-property-pattern-property-removed.js';
import { responsePropertyPatternRemoved } from './response-property-pattern-removed.js';
import { responsePropertyPrefixItemsAdded } from './response-property-prefix-items-added.js';
import { responsePropertyPrefixItemsRemoved } from './response-property-prefix-items-removed.js';
import { responsePropertyPropertyNamesAdded } from './response-property-property-names-added.js';
import { responsePropertyPropertyNamesRemoved } from './response-property-property-names-removed.js';
import { responsePropertyReactivated } from './response-property-reactivated.js';
import { responsePropertySchemaBecameFalse } from './response-property-schema-became-false.js';
import { responsePropertySchemaBecameNotFalse } from './response-property-schema-became-not-false.js';
import { responsePropertyThenAdded } from './response-property-then-added.js';
import { responsePropertyThenRemoved } from './response-property-then-removed.js';
import { responsePropertyTypeChanged } from './response-property-type-changed.js';
import { responsePropertyTypeGeneralized } from './response-property-type-generalized.js';
import { responsePropertyTypeSpecialized } from './response-property-type-specialized.js';
import { responsePropertyUnevaluatedItemsAdded } from './response-property-unevaluated-items-added.js';
import { responsePropertyUnevaluatedItemsRemoved } from './response-property-unevaluated-items-removed.js';
import { responsePropertyUnevaluatedPropertiesAdded } from './response-property-unevaluated-properties-added.js';
import { responsePropertyUnevaluatedPropertiesRemoved } from './response-property-unevaluated-properties-removed.js';
import { responsePropertyUniqueItemsUnset } from './response-property-unique-items-unset.js';
import { responseRequiredPropertyAdded } from './response-required-property-added.js';
import { responseRequiredPropertyBecameNotWriteOnly } from './response-required-property-became-not-write-only.js';
import { responseRequiredPropertyBecameWriteOnly } from './response-required-property-became-write-only.js';
import { responseRequiredPropertyRemoved } from './response-required-property-removed.js';
import { responseSuccessStatusAdded } from './response-success-status-added.js';
import { responseSuccessStatusRemoved } from './response-success-status-removed.js';
import { sunsetDeleted } from './sunset-deleted.js';
import { webhookAdded } from './webhook-added.js';
import { webhookRemoved } from './webhook-removed.js';
import { defineRule, type Rule } from './rule.js';

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = [
  apiDeprecatedSunsetParse,
  apiGlobalSecurityAdded,
  apiGlobalSecurityRemoved,
  apiGlobalSecurityScopeAdded,
  apiGlobalSecurityScopeRemoved,
  apiOperationIdAdded,
  apiOperationIdRemoved,
  apiPathRemovedBeforeSunset,
  apiPathRemovedWithDeprecation,
  apiPathRemovedWithoutDeprecation,
  apiPathSunsetParse,
  apiRemovedBeforeSunset,
  apiRemovedWithDeprecation,
  apiRemovedWithoutDeprecation,
  apiSchemaRemoved,
  apiSecurityAdded,
  apiSecurityComponentAdded,
  apiSecurityComponentOauthScopeAdded,
  apiSecurityComponentOauthScopeRemoved,
  apiSecurityComponentOauthTokenUrlChanged,
  apiSecurityComponentOauthUrlChanged,
  apiSecurityComponentRemoved,
  apiSecurityComponentTypeChanged,
  apiSecurityRemoved,
  apiSecurityScopeAdded,
  apiSecurityScopeRemoved,
  apiStabilityDecreased,
  apiStabilityIncreased,
  apiSunsetDateChangedTooSmall,
  apiTagAdded,
  apiTagRemoved,
  endpointAdded,
  endpointDeprecated,
  endpointDeprecatedWithSunset,
  endpointReactivated,
  newOptionalRequestParameter,
  newOptionalRequestProperty,
  newRequiredRequestParameter,
  newRequiredRequestProperty,
  newRequiredRequestPropertyWithDefault,
  optionalResponseHeaderRemoved,
  requestBodyAddedOptional,
  requestBodyAddedRequired,
  requestBodyAdditionalPropertiesAllowed,
  requestBodyAdditionalPropertiesDisallowed,
  requestBodyAdditionalPropertiesNarrowed,
  requestBodyAdditionalPropertiesWidened,
  requestBodyAnyOfAdded,
  requestBodyAnyOfRemoved,
  requestBodyBecameEnum,
  requestBodyBecameNotNullable,
  requestBodyBecameNullable,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyConstAdded,
  requestBodyConstChanged,
  requestBodyConstRemoved,
  requestBodyContainsAdded,
  requestBodyContainsRemoved,
  requestBodyContentEncodingChanged,
  requestBodyContentMediaTypeChanged,
  requestBodyContentSchemaAdded,
  requestBodyContentSchemaRemoved,
  requestBodyDefaultValueAdded,
  requestBodyDefaultValueChanged,
  requestBodyDefaultValueRemoved,
  requestBodyDependentRequiredAdded,
  requestBodyDependentRequiredChanged,
  requestBodyDependentRequiredRemoved,
  requestBodyDependentSchemaAdded,
  requestBodyDependentSchemaRemoved,
  requestBodyDiscriminatorAdded,
  requestBodyDiscriminatorMappingAdded,
  requestBodyDiscriminatorMappingChanged,
  requestBodyDiscriminatorMappingDeleted,
  requestBodyDiscriminatorPropertyNameChanged,
  requestBodyDiscriminatorRemoved,
  requestBodyElseAdded,
  requestBodyElseRemoved,
  requestBodyEnumValueRemoved,
  requestBodyExclusiveMaxDecreased,
  requestBodyExclusiveMaxIncreased,
  requestBodyExclusiveMaxSet,
  requestBodyExclusiveMinDecreased,
  requestBodyExclusiveMinIncreased,
  requestBodyExclusiveMinSet,
  requestBodyIfAdded,
  requestBodyIfRemoved,
  requestBodyListOfTypesNarrowed,
  requestBodyListOfTypesWidened,
  requestBodyMaxContainsDecreased,
  requestBodyMaxContainsIncreased,
  requestBodyMaxDecreased,
  requestBodyMaxIncreased,
  requestBodyMaxItemsDecreased,
  requestBodyMaxItemsIncreased,
  requestBodyMaxItemsSet,
  requestBodyMaxLengthDecreased,
  requestBodyMaxLengthIncreased,
  requestBodyMaxLengthSet,
  requestBodyMaxPropertiesDecreased,
  requestBodyMaxPropertiesIncreased,
  requestBodyMaxPropertiesSet,
  requestBodyMaxSet,
  requestBodyMediaTypeAdded,
  requestBodyMediaTypeRemoved,
  requestBodyMediaTypeSchemaAdded,
  requestBodyMediaTypeSchemaRemoved,
  requestBodyMinContainsDecreased,
  requestBodyMinContainsIncreased,
  requestBodyMinDecreased,
  requestBodyMinIncreased,
  requestBodyMinItemsIncreased,
  requestBodyMinItemsSet,
  requestBodyMinLengthDecreased,
  requestBodyMinLengthIncreased,
  requestBodyMinPropertiesIncreased,
  requestBodyMinSet,
  requestBodyMultipleOfChanged,
  requestBodyMultipleOfGeneralized,
  requestBodyMultipleOfSet,
  requestBodyMultipleOfUnset,
  requestBodyOneOfAdded,
  requestBodyOneOfRemoved,
  requestBodyPatternPropertyAdded,
  requestBodyPatternPropertyRemoved,
  requestBodyPrefixItemsAdded,
  requestBodyPrefixItemsRemoved,
  requestBodyPropertyNamesAdded,
  requestBodyPropertyNamesRemoved,
  requestBodyRemoved,
  requestBodySchemaBecameFalse,
  requestBodySchemaBecameNotFalse,
  requestBodyThenAdded,
  requestBodyThenRemoved,
  requestBodyTypeChanged,
  requestBodyTypeGeneralized,
  requestBodyUnevaluatedItemsAdded,
  requestBodyUnevaluatedItemsRemoved,
  requestBodyUnevaluatedPropertiesAdded,
  requestBodyUnevaluatedPropertiesRemoved,
  requestBodyUniqueItemsSet,
  requestBodyUniqueItemsUnset,
  requestOptionalPropertyBecameNotReadOnly,
  requestOptionalPropertyBecameReadOnly,
  requestParameterBecameEnum,
  requestParameterBecameNotNullable,
  requestParameterBecameNullable,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterDefaultValueAdded,
  requestParameterDefaultValueChanged,
  requestParameterDefaultValueRemoved,
  requestParameterDeprecated,
  requestParameterEnumValueAdded,
  requestParameterEnumValueRemoved,
  requestParameterExclusiveMaxDecreased,
  requestParameterExclusiveMaxIncreased,
  requestParameterExclusiveMaxSet,
  requestParameterExclusiveMinDecreased,
  requestParameterExclusiveMinIncreased,
  requestParameterExclusiveMinSet,
  requestParameterExplodeChanged,
  requestParameterListOfTypesNarrowed,
  requestParameterListOfTypesWidened,
  requestParameterMaxDecreased,
  requestParameterMaxIncreased,
  requestParameterMaxItemsDecreased,
  requestParameterMaxItemsIncreased,
  requestParameterMaxLengthDecreased,
  requestParameterMaxLengthIncreased,
  requestParameterMaxLengthSet,
  requestParameterMaxSet,
  requestParameterMinDecreased,
  requestParameterMinIncreased,
  requestParameterMinItemsDecreased,
  requestParameterMinItemsIncreased,
  requestParameterMinItemsSet,
  requestParameterMinLengthDecreased,
  requestParameterMinLengthIncreased,
  requestParameterMinSet,
  requestParameterPatternAdded,
  requestParameterPatternChanged,
  requestParameterPatternGeneralized,
  requestParameterPatternRemoved,
  requestParameterPropertyBecameNotNullable,
  requestParameterPropertyBecameNullable,
  requestParameterPropertyEnumValueAdded,
  requestParameterPropertyEnumValueRemoved,
  requestParameterPropertyListOfTypesNarrowed,
  requestParameterPropertyListOfTypesWidened,
  requestParameterPropertySchemaBecameFalse,
  requestParameterPropertySchemaBecameNotFalse,
  requestParameterPropertyTypeChanged,
  requestParameterPropertyTypeGeneralized,
  requestParameterPropertyTypeSpecialized,
  requestParameterReactivated,
  requestParameterRemoved,
  requestParameterRemovedBeforeSunset,
  requestParameterRemovedWithDeprecation,
  requestParameterSchemaBecameFalse,
  requestParameterSchemaBecameNotFalse,
  requestParameterStyleChanged,
  requestParameterSunsetDeleted,
  requestParameterSunsetParse,
  requestParameterTypeChanged,
  requestParameterTypeGeneralized,
  requestPropertyAdditionalPropertiesAllowed,
  requestPropertyAdditionalPropertiesDisallowed,
  requestPropertyAdditionalPropertiesNarrowed,
  requestPropertyAdditionalPropertiesWidened,
  requestPropertyAnyOfAdded,
  requestPropertyAnyOfRemoved,
  requestPropertyBecameEnum,
  requestPropertyBecameNotNullable,
  requestPropertyBecameNullable,
  requestPropertyBecameOptional,
  requestPropertyBecameRequired,
  requestPropertyBecameRequiredWithDefault,
  requestPropertyConstAdded,
  requestPropertyConstChanged,
  requestPropertyConstRemoved,
  requestPropertyContainsAdded,
  requestPropertyContainsRemoved,
  requestPropertyContentEncodingChanged,
  requestPropertyContentMediaTypeChanged,
  requestPropertyContentSchemaAdded,
  requestPropertyContentSchemaRemoved,
  requestPropertyDefaultValueAdded,
  requestPropertyDefaultValueChanged,
  requestPropertyDefaultValueRemoved,
  requestPropertyDependentRequiredAdded,
  requestPropertyDependentRequiredChanged,
  requestPropertyDependentRequiredRemoved,
  requestPropertyDependentSchemaAdded,
  requestPropertyDependentSchemaRemoved,
  requestPropertyDeprecated,
  requestPropertyDiscriminatorAdded,
  requestPropertyDiscriminatorMappingAdded,
  requestPropertyDiscriminatorMappingChanged,
  requestPropertyDiscriminatorMappingDeleted,
  requestPropertyDiscriminatorPropertyNameChanged,
  requestPropertyDiscriminatorRemoved,
  requestPropertyElseAdded,
  requestPropertyElseRemoved,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyExclusiveMaxDecreased,
  requestPropertyExclusiveMaxIncreased,
  requestPropertyExclusiveMaxSet,
  requestPropertyExclusiveMinDecreased,
  requestPropertyExclusiveMinIncreased,
  requestPropertyExclusiveMinSet,
  requestPropertyIfAdded,
  requestPropertyIfRemoved,
  requestPropertyListOfTypesNarrowed,
  requestPropertyListOfTypesWidened,
  requestPropertyMaxContainsDecreased,
  requestPropertyMaxContainsIncreased,
  requestPropertyMaxDecreased,
  requestPropertyMaxIncreased,
  requestPropertyMaxItemsDecreased,
  requestPropertyMaxItemsIncreased,
  requestPropertyMaxItemsSet,
  requestPropertyMaxLengthDecreased,
  requestPropertyMaxLengthIncreased,
  requestPropertyMaxLengthSet,
  requestPropertyMaxPropertiesDecreased,
  requestPropertyMaxPropertiesIncreased,
  requestPropertyMaxPropertiesSet,
  requestPropertyMaxSet,
  requestPropertyMinContainsDecreased,
  requestPropertyMinContainsIncreased,
  requestPropertyMinDecreased,
  requestPropertyMinIncreased,
  requestPropertyMinItemsIncreased,
  requestPropertyMinItemsSet,
  requestPropertyMinLengthDecreased,
  requestPropertyMinLengthIncreased,
  requestPropertyMinPropertiesIncreased,
  requestPropertyMinSet,
  requestPropertyMultipleOfChanged,
  requestPropertyMultipleOfGeneralized,
  requestPropertyMultipleOfSet,
  requestPropertyMultipleOfUnset,
  requestPropertyOneOfAdded,
  requestPropertyOneOfRemoved,
  requestPropertyPatternAdded,
  requestPropertyPatternChanged,
  requestPropertyPatternGeneralized,
  requestPropertyPatternPropertyAdded,
  requestPropertyPatternPropertyRemoved,
  requestPropertyPatternRemoved,
  requestPropertyPrefixItemsAdded,
  requestPropertyPrefixItemsRemoved,
  requestPropertyPropertyNamesAdded,
  requestPropertyPropertyNamesRemoved,
  requestPropertyReactivated,
  requestPropertyRemoved,
  requestPropertySchemaBecameFalse,
  requestPropertySchemaBecameNotFalse,
  requestPropertyThenAdded,
  requestPropertyThenRemoved,
  requestPropertyTypeChanged,
  requestPropertyTypeGeneralized,
  requestPropertyUnevaluatedItemsAdded,
  requestPropertyUnevaluatedItemsRemoved,
  requestPropertyUnevaluatedPropertiesAdded,
  requestPropertyUnevaluatedPropertiesRemoved,
  requestPropertyUniqueItemsSet,
  requestPropertyUniqueItemsUnset,
  requestRequiredPropertyBecameNotReadOnly,
  requestRequiredPropertyBecameReadOnly,
  requiredResponseHeaderRemoved,
  responseBodyAdditionalPropertiesAllowed,
  responseBodyAdditionalPropertiesDisallowed,
  responseBodyAdditionalPropertiesNarrowed,
  responseBodyAdditionalPropertiesWidened,
  responseBodyAnyOfAdded,
  responseBodyAnyOfRemoved,
  responseBodyBecameNotNullable,
  responseBodyBecameNullable,
  responseBodyConstAdded,
  responseBodyConstChanged,
  responseBodyConstRemoved,
  responseBodyContainsAdded,
  responseBodyContainsRemoved,
  responseBodyContentEncodingChanged,
  responseBodyContentMediaTypeChanged,
  responseBodyContentSchemaAdded,
  responseBodyContentSchemaRemoved,
  responseBodyDefaultValueAdded,
  responseBodyDefaultValueChanged,
  responseBodyDefaultValueRemoved,
  responseBodyDependentRequiredAdded,
  responseBodyDependentRequiredChanged,
  responseBodyDependentRequiredRemoved,
  responseBodyDependentSchemaAdded,
  responseBodyDependentSchemaRemoved,
  responseBodyDiscriminatorAdded,
  responseBodyDiscriminatorMappingAdded,
  responseBodyDiscriminatorMappingChanged,
  responseBodyDiscriminatorMappingDeleted,
  responseBodyDiscriminatorPropertyNameChanged,
  responseBodyDiscriminatorRemoved,
  responseBodyElseAdded,
  responseBodyElseRemoved,
  responseBodyEnumValueAdded,
  responseBodyExclusiveMaxIncreased,
  responseBodyExclusiveMinDecreased,
  responseBodyIfAdded,
  responseBodyIfRemoved,
  responseBodyListOfTypesNarrowed,
  responseBodyListOfTypesWidened,
  responseBodyMaxContainsDecreased,
  responseBodyMaxContainsIncreased,
  responseBodyMaxIncreased,
  responseBodyMaxItemsIncreased,
  responseBodyMaxLengthIncreased,
  responseBodyMaxLengthUnset,
  responseBodyMaxPropertiesIncreased,
  responseBodyMediaTypeSchemaAdded,
  responseBodyMediaTypeSchemaRemoved,
  responseBodyMinContainsDecreased,
  responseBodyMinContainsIncreased,
  responseBodyMinDecreased,
  responseBodyMinItemsDecreased,
  responseBodyMinItemsUnset,
  responseBodyMinLengthDecreased,
  responseBodyMinPropertiesDecreased,
  responseBodyMultipleOfChanged,
  responseBodyMultipleOfSpecialized,
  responseBodyMultipleOfUnset,
  responseBodyOneOfAdded,
  responseBodyOneOfRemoved,
  responseBodyPatternPropertyAdded,
  responseBodyPatternPropertyRemoved,
  responseBodyPrefixItemsAdded,
  responseBodyPrefixItemsRemoved,
  responseBodyPropertyNamesAdded,
  responseBodyPropertyNamesRemoved,
  responseBodySchemaBecameFalse,
  responseBodySchemaBecameNotFalse,
  responseBodyThenAdded,
  responseBodyThenRemoved,
  responseBodyTypeChanged,
  responseBodyTypeGeneralized,
  responseBodyTypeSpecialized,
  responseBodyUnevaluatedItemsAdded,
  responseBodyUnevaluatedItemsRemoved,
  responseBodyUnevaluatedPropertiesAdded,
  responseBodyUnevaluatedPropertiesRemoved,
  responseBodyUniqueItemsUnset,
  responseHeaderAdded,
  responseHeaderBecameNotNullable,
  responseHeaderBecameNullable,
  responseHeaderBecameOptional,
  responseHeaderBecameRequired,
  responseHeaderSchemaBecameFalse,
  responseHeaderSchemaBecameNotFalse,
  responseHeaderTypeChanged,
  responseHeaderTypeGeneralized,
  responseHeaderTypeSpecialized,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseMediatypeEnumValueRemoved,
  responseNonSuccessStatusAdded,
  responseNonSuccessStatusRemoved,
  responseOptionalPropertyAdded,
  responseOptionalPropertyBecameNotWriteOnly,
  responseOptionalPropertyBecameWriteOnly,
  responseOptionalPropertyRemoved,
  responsePropertyAdditionalPropertiesAllowed,
  responsePropertyAdditionalPropertiesDisallowed,
  responsePropertyAdditionalPropertiesNarrowed,
  responsePropertyAdditionalPropertiesWidened,
  responsePropertyAnyOfAdded,
  responsePropertyAnyOfRemoved,
  responsePropertyBecameNotNullable,
  responsePropertyBecameNullable,
  responsePropertyBecameOptional,
  responsePropertyBecameRequired,
  responsePropertyConstAdded,
  responsePropertyConstChanged,
  responsePropertyConstRemoved,
  responsePropertyContainsAdded,
  responsePropertyContainsRemoved,
  responsePropertyContentEncodingChanged,
  responsePropertyContentMediaTypeChanged,
  responsePropertyContentSchemaAdded,
  responsePropertyContentSchemaRemoved,
  responsePropertyDefaultValueAdded,
  responsePropertyDefaultValueChanged,
  responsePropertyDefaultValueRemoved,
  responsePropertyDependentRequiredAdded,
  responsePropertyDependentRequiredChanged,
  responsePropertyDependentRequiredRemoved,
  responsePropertyDependentSchemaAdded,
  responsePropertyDependentSchemaRemoved,
  responsePropertyDeprecated,
  responsePropertyDiscriminatorAdded,
  responsePropertyDiscriminatorMappingAdded,
  responsePropertyDiscriminatorMappingChanged,
  responsePropertyDiscriminatorMappingDeleted,
  responsePropertyDiscriminatorPropertyNameChanged,
  responsePropertyDiscriminatorRemoved,
  responsePropertyElseAdded,
  responsePropertyElseRemoved,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyExclusiveMaxIncreased,
  responsePropertyExclusiveMinDecreased,
  responsePropertyIfAdded,
  responsePropertyIfRemoved,
  responsePropertyListOfTypesNarrowed,
  responsePropertyListOfTypesWidened,
  responsePropertyMaxContainsDecreased,
  responsePropertyMaxContainsIncreased,
  responsePropertyMaxIncreased,
  responsePropertyMaxItemsIncreased,
  responsePropertyMaxLengthIncreased,
  responsePropertyMaxLengthUnset,
  responsePropertyMaxPropertiesIncreased,
  responsePropertyMinContainsDecreased,
  responsePropertyMinContainsIncreased,
  responsePropertyMinDecreased,
  responsePropertyMinItemsDecreased,
  responsePropertyMinItemsUnset,
  responsePropertyMinLengthDecreased,
  responsePropertyMinPropertiesDecreased,
  responsePropertyMultipleOfChanged,
  responsePropertyMultipleOfSpecialized,
  responsePropertyMultipleOfUnset,
  responsePropertyOneOfAdded,
  responsePropertyOneOfRemoved,
  responsePropertyPatternAdded,
  responsePropertyPatternChanged,
  responsePropertyPatternPropertyAdded,
  responsePropertyPatternPropertyRemoved,
  responsePropertyPatternRemoved,
  responsePropertyPrefixItemsAdded,
  responsePropertyPrefixItemsRemoved,
  responsePropertyPropertyNamesAdded,
  responsePropertyPropertyNamesRemoved,
  responsePropertyReactivated,
  responsePropertySchemaBecameFalse,
  responsePropertySchemaBecameNotFalse,
  responsePropertyThenAdded,
  responsePropertyThenRemoved,
  responsePropertyTypeChanged,
  responsePropertyTypeGeneralized,
  responsePropertyTypeSpecialized,
  responsePropertyUnevaluatedItemsAdded,
  responsePropertyUnevaluatedItemsRemoved,
  responsePropertyUnevaluatedPropertiesAdded,
  responsePropertyUnevaluatedPropertiesRemoved,
  responsePropertyUniqueItemsUnset,
  responseRequiredPropertyAdded,
  responseRequiredPropertyBecameNotWriteOnly,
  responseRequiredPropertyBecameWriteOnly,
  responseRequiredPropertyRemoved,
  responseSuccessStatusAdded,
  responseSuccessStatusRemoved,
  sunsetDeleted,
  webhookAdded,
  webhookRemoved,
].map(defineRule);

const BY_CHANGE = new Map(RULES.map((rule) => [`${rule.site} ${rule.change}`, rule]));

/** The rule classifying `change` at `site`, if any. */
export function ruleFor(site: Site, change: string): Rule | undefined {
  return BY_CHANGE.get(`${site} ${change}`);
}
