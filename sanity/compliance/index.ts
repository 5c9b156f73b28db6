// Studio integration of the compliance checker (lib/compliance). See README.md here for wiring.
export {
  acknowledgementHygiene,
  complianceErrors,
  complianceValidation,
  complianceWarnings,
  markerMessage,
} from './validation'
export {ACKNOWLEDGEABLE_TYPES, AcknowledgeWarningsAction} from './AcknowledgeWarningsAction'
export {OpenComplianceFindings} from './OpenFindingsPane'
export {complianceListItem} from './structure'
