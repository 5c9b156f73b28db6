import nodemailer from 'nodemailer'

// Without MAIL_FROM the sender is built from the clinic's name and email in the content
// (lib/enquiries/background.ts), which anyone with Studio access can edit. nodemailer before 7.0.11
// overflowed the stack parsing deeply nested address groups.
it('composes a message whose sender holds deeply nested address groups without overflowing the stack', async () => {
  const nested = `${'g:'.repeat(20000)}front@clinic.test${';'.repeat(20000)}`
  const transport = nodemailer.createTransport({streamTransport: true, buffer: true})
  const outcome = await transport
    .sendMail({from: `"Clinic" <${nested}>`, to: 'frontdesk@clinic.test', subject: 'New enquiry', text: 'Hello'})
    .then(
      () => 'sent',
      (error: unknown) => (error as Error).name,
    )
  expect(outcome).not.toBe('RangeError')
})
