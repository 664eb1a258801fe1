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
import { requestBodyDefaultValueAdded } from './request-body-default-value-added.js';
import { requestBodyDefaultValueChanged } from './request-body-default-value-changed.js';
import { requestBodyDefaultValueRemoved } from './request-body-default-value-removed.js';
import { requestBodyDiscriminatorAdded } from './request-body-discriminator-added.js';
import { requestBodyDiscriminatorMappingAdded } from './request-body-discriminator-mapping-added.js';
import { requestBodyDiscriminatorMappingChanged } from './request-body-discriminator-mapping-changed.js';
import { requestBodyDiscriminatorMappingDeleted } from './request-body-discriminator-mapping-deleted.js';
import { requestBodyDiscriminatorPropertyNameChanged } from './request-body-discriminator-property-name-changed.js';
import { requestBodyDiscriminatorRemoved } from './request-body-discriminator-removed.js';
import { requestBodyEnumValueRemoved } from './request-body-enum-value-removed.js';
import { requestBodyExclusiveMaxDecreased } from './request-body-exclusive-max-decreased.js';
import { requestBodyExclusiveMaxIncreased } from './request-body-exclusive-max-increased.js';
import { requestBodyExclusiveMaxSet } from './request-body-exclusive-max-set.js';
import { requestBodyExclusiveMinDecreased } from './request-body-exclusive-min-decreased.js';
import { requestBodyExclusiveMinIncreased } from './request-body-exclusive-min-increased.js';
import { requestBodyExclusiveMinSet } from './request-body-exclusive-min-set.js';
import { requestBodyListOfTypesNarrowed } from './request-body-list-of-types-narrowed.js';
import { requestBodyListOfTypesWidened } from './request-body-list-of-types-widened.js';
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
import { requestBodyPrefixItemsAdded } from './request-body-prefix-items-added.js';
import { requestBodyPrefixItemsRemoved } from './request-body-prefix-items-removed.js';
import { requestBodyRemoved } from './request-body-removed.js';
import { requestBodySchemaBecameFalse } from './request-body-schema-became-false.js';
import { requestBodySchemaBecameNotFalse } from './request-body-schema-became-not-false.js';
import { requestBodyTypeChanged } from './request-body-type-changed.js';
import { requestBodyTypeGeneralized } from './request-body-type-generalized.js';
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
import { requestPropertyDefaultValueAdded } from './request-property-default-value-added.js';
import { requestPropertyDefaultValueChanged } from './request-property-default-value-changed.js';
import { requestPropertyDefaultValueRemoved } from './request-property-default-value-removed.js';
import { requestPropertyDeprecated } from './request-property-deprecated.js';
import { requestPropertyDiscriminatorAdded } from './request-property-discriminator-added.js';
import { requestPropertyDiscriminatorMappingAdded } from './request-property-discriminator-mapping-added.js';
import { requestPropertyDiscriminatorMappingChanged } from './request-property-discriminator-mapping-changed.js';
import { requestPropertyDiscriminatorMappingDeleted } from './request-property-discriminator-mapping-deleted.js';
import { requestPropertyDiscriminatorPropertyNameChanged } from './request-property-discriminator-property-name-changed.js';
import { requestPropertyDiscriminatorRemoved } from './request-property-discriminator-removed.js';
import { requestPropertyEnumValueAdded } from './request-property-enum-value-added.js';
import { requestPropertyEnumValueRemoved } from './request-property-enum-value-removed.js';
import { requestPropertyExclusiveMaxDecreased } from './request-property-exclusive-max-decreased.js';
import { requestPropertyExclusiveMaxIncreased } from './request-property-exclusive-max-increased.js';
import { requestPropertyExclusiveMaxSet } from './request-property-exclusive-max-set.js';
import { requestPropertyExclusiveMinDecreased } from './request-property-exclusive-min-decreased.js';
import { requestPropertyExclusiveMinIncreased } from './request-property-exclusive-min-increased.js';
import { requestPropertyExclusiveMinSet } from './request-property-exclusive-min-set.js';
import { requestPropertyListOfTypesNarrowed } from './request-property-list-of-types-narrowed.js';
import { requestPropertyListOfTypesWidened } from './request-property-list-of-types-widened.js';
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
import { requestPropertyPatternRemoved } from './request-property-pattern-removed.js';
import { requestPropertyPrefixItemsAdded } from './request-property-prefix-items-added.js';
import { requestPropertyPrefixItemsRemoved } from './request-property-prefix-items-removed.js';
import { requestPropertyReactivated } from './request-property-reactivated.js';
import { requestPropertyRemoved } from './request-property-removed.js';
import { requestPropertySchemaBecameFalse } from './request-property-schema-became-false.js';
import { requestPropertySchemaBecameNotFalse } from './request-property-schema-became-not-false.js';
import { requestPropertyTypeChanged } from './request-property-type-changed.js';
import { requestPropertyTypeGeneralized } from './request-property-type-generalized.js';
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
import { responseBodyDefaultValueAdded } from './response-body-default-value-added.js';
import { responseBodyDefaultValueChanged } from './response-body-default-value-changed.js';
import { responseBodyDefaultValueRemoved } from './response-body-default-value-removed.js';
import { responseBodyDiscriminatorAdded } from './response-body-discriminator-added.js';
import { responseBodyDiscriminatorMappingAdded } from './response-body-discriminator-mapping-added.js';
import { responseBodyDiscriminatorMappingChanged } from './response-body-discriminator-mapping-changed.js';
import { responseBodyDiscriminatorMappingDeleted } from './response-body-discriminator-mapping-deleted.js';
import { responseBodyDiscriminatorPropertyNameChanged } from './response-body-discriminator-property-name-changed.js';
import { responseBodyDiscriminatorRemoved } from './response-body-discriminator-removed.js';
import { responseBodyEnumValueAdded } from './response-body-enum-value-added.js';
import { responseBodyExclusiveMaxIncreased } from './response-body-exclusive-max-increased.js';
import { responseBodyExclusiveMinDecreased } from './response-body-exclusive-min-decreased.js';
import { responseBodyListOfTypesNarrowed } from './response-body-list-of-types-narrowed.js';
import { responseBodyListOfTypesWidened } from './response-body-list-of-types-widened.js';
import { responseBodyMaxIncreased } from './response-body-max-increased.js';
import { responseBodyMaxItemsIncreased } from './response-body-max-items-increased.js';
import { responseBodyMaxLengthIncreased } from './response-body-max-length-increased.js';
import { responseBodyMaxLengthUnset } from './response-body-max-length-unset.js';
import { responseBodyMaxPropertiesIncreased } from './response-body-max-properties-increased.js';
import { responseBodyMediaTypeSchemaAdded } from './response-body-media-type-schema-added.js';
import { responseBodyMediaTypeSchemaRemoved } from './response-body-media-type-schema-removed.js';
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
import { responseBodyPrefixItemsAdded } from './response-body-prefix-items-added.js';
import { responseBodyPrefixItemsRemoved } from './response-body-prefix-items-removed.js';
import { responseBodySchemaBecameFalse } from './response-body-schema-became-false.js';
import { responseBodySchemaBecameNotFalse } from './response-body-schema-became-not-false.js';
import { responseBodyTypeChanged } from './response-body-type-changed.js';
import { responseBodyTypeGeneralized } from './response-body-type-generalized.js';
import { responseBodyTypeSpecialized } from './response-body-type-specialized.js';
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
import { responsePropertyDefaultValueAdded } from './response-property-default-value-added.js';
import { responsePropertyDefaultValueChanged } from './response-property-default-value-changed.js';
import { responsePropertyDefaultValueRemoved } from './response-property-default-value-removed.js';
import { responsePropertyDeprecated } from './response-property-deprecated.js';
import { responsePropertyDiscriminatorAdded } from './response-property-discriminator-added.js';
import { responsePropertyDiscriminatorMappingAdded } from './response-property-discriminator-mapping-added.js';
import { responsePropertyDiscriminatorMappingChanged } from './response-property-discriminator-mapping-changed.js';
import { responsePropertyDiscriminatorMappingDeleted } from './response-property-discriminator-mapping-deleted.js';
import { responsePropertyDiscriminatorPropertyNameChanged } from './response-property-discriminator-property-name-changed.js';
import { responsePropertyDiscriminatorRemoved } from './response-property-discriminator-removed.js';
import { responsePropertyEnumValueAdded } from './response-property-enum-value-added.js';
import { responsePropertyEnumValueRemoved } from './response-property-enum-value-removed.js';
import { responsePropertyExclusiveMaxIncreased } from './response-property-exclusive-max-increased.js';
import { responsePropertyExclusiveMinDecreased } from './response-property-exclusive-min-decreased.js';
import { responsePropertyListOfTypesNarrowed } from './response-property-list-of-types-narrowed.js';
import { responsePropertyListOfTypesWidened } from './response-property-list-of-types-widened.js';
import { responsePropertyMaxIncreased } from './response-property-max-increased.js';
import { responsePropertyMaxItemsIncreased } from './response-property-max-items-increased.js';
import { responsePropertyMaxLengthIncreased } from './response-property-max-length-increased.js';
import { responsePropertyMaxLengthUnset } from './response-property-max-length-unset.js';
import { responsePropertyMaxPropertiesIncreased } from './response-property-max-properties-increased.js';
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
import { responsePropertyPatternRemoved } from './response-property-pattern-removed.js';
import { responsePropertyPrefixItemsAdded } from './response-property-prefix-items-added.js';
import { responsePropertyPrefixItemsRemoved } from './response-property-prefix-items-removed.js';
import { responsePropertyReactivated } from './response-property-reactivated.js';
import { responsePropertySchemaBecameFalse } from './response-property-schema-became-false.js';
import { responsePropertySchemaBecameNotFalse } from './response-property-schema-became-not-false.js';
import { responsePropertyTypeChanged } from './response-property-type-changed.js';
import { responsePropertyTypeGeneralized } from './response-property-type-generalized.js';
import { responsePropertyTypeSpecialized } from './response-property-type-specialized.js';
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
  requestBodyDefaultValueAdded,
  requestBodyDefaultValueChanged,
  requestBodyDefaultValueRemoved,
  requestBodyDiscriminatorAdded,
  requestBodyDiscriminatorMappingAdded,
  requestBodyDiscriminatorMappingChanged,
  requestBodyDiscriminatorMappingDeleted,
  requestBodyDiscriminatorPropertyNameChanged,
  requestBodyDiscriminatorRemoved,
  requestBodyEnumValueRemoved,
  requestBodyExclusiveMaxDecreased,
  requestBodyExclusiveMaxIncreased,
  requestBodyExclusiveMaxSet,
  requestBodyExclusiveMinDecreased,
  requestBodyExclusiveMinIncreased,
  requestBodyExclusiveMinSet,
  requestBodyListOfTypesNarrowed,
  requestBodyListOfTypesWidened,
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
  requestBodyPrefixItemsAdded,
  requestBodyPrefixItemsRemoved,
  requestBodyRemoved,
  requestBodySchemaBecameFalse,
  requestBodySchemaBecameNotFalse,
  requestBodyTypeChanged,
  requestBodyTypeGeneralized,
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
  requestPropertyDefaultValueAdded,
  requestPropertyDefaultValueChanged,
  requestPropertyDefaultValueRemoved,
  requestPropertyDeprecated,
  requestPropertyDiscriminatorAdded,
  requestPropertyDiscriminatorMappingAdded,
  requestPropertyDiscriminatorMappingChanged,
  requestPropertyDiscriminatorMappingDeleted,
  requestPropertyDiscriminatorPropertyNameChanged,
  requestPropertyDiscriminatorRemoved,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyExclusiveMaxDecreased,
  requestPropertyExclusiveMaxIncreased,
  requestPropertyExclusiveMaxSet,
  requestPropertyExclusiveMinDecreased,
  requestPropertyExclusiveMinIncreased,
  requestPropertyExclusiveMinSet,
  requestPropertyListOfTypesNarrowed,
  requestPropertyListOfTypesWidened,
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
  requestPropertyPatternRemoved,
  requestPropertyPrefixItemsAdded,
  requestPropertyPrefixItemsRemoved,
  requestPropertyReactivated,
  requestPropertyRemoved,
  requestPropertySchemaBecameFalse,
  requestPropertySchemaBecameNotFalse,
  requestPropertyTypeChanged,
  requestPropertyTypeGeneralized,
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
  responseBodyDefaultValueAdded,
  responseBodyDefaultValueChanged,
  responseBodyDefaultValueRemoved,
  responseBodyDiscriminatorAdded,
  responseBodyDiscriminatorMappingAdded,
  responseBodyDiscriminatorMappingChanged,
  responseBodyDiscriminatorMappingDeleted,
  responseBodyDiscriminatorPropertyNameChanged,
  responseBodyDiscriminatorRemoved,
  responseBodyEnumValueAdded,
  responseBodyExclusiveMaxIncreased,
  responseBodyExclusiveMinDecreased,
  responseBodyListOfTypesNarrowed,
  responseBodyListOfTypesWidened,
  responseBodyMaxIncreased,
  responseBodyMaxItemsIncreased,
  responseBodyMaxLengthIncreased,
  responseBodyMaxLengthUnset,
  responseBodyMaxPropertiesIncreased,
  responseBodyMediaTypeSchemaAdded,
  responseBodyMediaTypeSchemaRemoved,
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
  responseBodyPrefixItemsAdded,
  responseBodyPrefixItemsRemoved,
  responseBodySchemaBecameFalse,
  responseBodySchemaBecameNotFalse,
  responseBodyTypeChanged,
  responseBodyTypeGeneralized,
  responseBodyTypeSpecialized,
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
  responsePropertyDefaultValueAdded,
  responsePropertyDefaultValueChanged,
  responsePropertyDefaultValueRemoved,
  responsePropertyDeprecated,
  responsePropertyDiscriminatorAdded,
  responsePropertyDiscriminatorMappingAdded,
  responsePropertyDiscriminatorMappingChanged,
  responsePropertyDiscriminatorMappingDeleted,
  responsePropertyDiscriminatorPropertyNameChanged,
  responsePropertyDiscriminatorRemoved,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyExclusiveMaxIncreased,
  responsePropertyExclusiveMinDecreased,
  responsePropertyListOfTypesNarrowed,
  responsePropertyListOfTypesWidened,
  responsePropertyMaxIncreased,
  responsePropertyMaxItemsIncreased,
  responsePropertyMaxLengthIncreased,
  responsePropertyMaxLengthUnset,
  responsePropertyMaxPropertiesIncreased,
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
  responsePropertyPatternRemoved,
  responsePropertyPrefixItemsAdded,
  responsePropertyPrefixItemsRemoved,
  responsePropertyReactivated,
  responsePropertySchemaBecameFalse,
  responsePropertySchemaBecameNotFalse,
  responsePropertyTypeChanged,
  responsePropertyTypeGeneralized,
  responsePropertyTypeSpecialized,
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
